// Cairo for label layout, text and raster/PDF output. Include paths come from pkg-config "cairo".
#include <cairo.h>
#include <cairo-pdf.h>
