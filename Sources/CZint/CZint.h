// libzint (Debian libzint-dev) ships no pkg-config file and installs zint.h in /usr/include,
// so the module map links "zint" directly.
#include <zint.h>

// zint packs each symbol row into encoded_data as bits, least-significant bit first
// (what its own module_is_set() reads). Swift imports that 200×144 array as a huge tuple,
// so one small helper reads a module without exposing the layout to Swift.
static inline int czint_module_is_set(const struct zint_symbol *symbol, int row, int column) {
    return (symbol->encoded_data[row][column >> 3] >> (column & 0x07)) & 1;
}
