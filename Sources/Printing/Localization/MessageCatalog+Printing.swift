import RefurbCore

extension MessageCatalog {
    /// Everything the Printing module says to a person, in French and English.
    public static let printing = MessageCatalog([
        // Printer URIs
        "printing.uri.unknownScheme": .init(
            fr: "Adresse d'imprimante non reconnue : « {0} ». Exemples : usb://auto, usb://04f9:2042, tcp://192.168.1.50:9100, file:/tmp/etiquette.bin.",
            en: "Unrecognised printer address: \"{0}\". Examples: usb://auto, usb://04f9:2042, tcp://192.168.1.50:9100, file:/tmp/label.bin."),
        "printing.uri.badUSB": .init(
            fr: "Adresse USB incorrecte : « {0} ». Écrivez usb://auto ou usb://VVVV:PPPP (identifiants en hexadécimal, voir lsusb), avec ?serial=… si besoin.",
            en: "Bad USB address: \"{0}\". Write usb://auto or usb://VVVV:PPPP (hexadecimal IDs, see lsusb), with ?serial=… if needed."),
        "printing.uri.badTCP": .init(
            fr: "Adresse réseau incorrecte : « {0} ». Écrivez tcp://hôte ou tcp://hôte:9100.",
            en: "Bad network address: \"{0}\". Write tcp://host or tcp://host:9100."),
        "printing.uri.badFile": .init(
            fr: "Chemin de fichier manquant dans « {0} ». Écrivez file:/chemin/vers/fichier.",
            en: "Missing file path in \"{0}\". Write file:/path/to/file."),
        "printing.uri.notUSB": .init(
            fr: "« {0} » n'est pas une adresse USB.",
            en: "\"{0}\" is not a USB address."),

        // Files, device nodes, sockets
        "printing.file.openFailed": .init(
            fr: "Impossible d'écrire dans {0} : {1}.",
            en: "Cannot write to {0}: {1}."),
        "printing.file.disabled": .init(
            fr: "Les imprimantes « file: » sont désactivées sur ce service ({0}) : elles écriraient n'importe où avec les droits du service. Pour écrire les étiquettes dans un dossier, démarrez le service avec « refurb serve --file-printers DOSSIER ».",
            en: "“file:” printers are off on this service ({0}): they would write anywhere with the service's rights. To write labels into a folder, start the service with “refurb serve --file-printers FOLDER”."),
        "printing.file.outsideFolder": .init(
            fr: "« {0} » n'est pas dans le dossier des imprimantes « file: » ({1}). Donnez le chemin complet d'un fichier de ce dossier, par exemple {1}/etiquettes.bin.",
            en: "“{0}” is not in the folder of “file:” printers ({1}). Give the full path of a file in that folder, for example {1}/labels.bin."),
        "printing.file.dotDot": .init(
            fr: "« {0} » contient « . » ou « .. » : donnez le chemin direct d'un fichier du dossier {1}.",
            en: "“{0}” contains “.” or “..”: give the direct path of a file in the folder {1}."),
        "printing.file.symlink": .init(
            fr: "« {0} » passe par un lien symbolique ({1}) : le service ne suit aucun lien dans le dossier des imprimantes « file: ».",
            en: "“{0}” goes through a symbolic link ({1}): the service follows no link in the folder of “file:” printers."),
        "printing.file.notAFile": .init(
            fr: "« {0} » n'est ni un fichier ni une imprimante branchée (périphérique) : le service n'y écrit pas.",
            en: "“{0}” is neither a file nor a plugged-in printer (device node): the service does not write to it."),
        "printing.file.folderUnusable": .init(
            fr: "Le dossier des imprimantes « file: » {0} est inutilisable : {1}. Créez-le (mkdir -p), ou donnez un autre dossier.",
            en: "The folder of “file:” printers {0} cannot be used: {1}. Create it (mkdir -p), or give another folder."),
        "printing.device.permission": .init(
            fr: "Accès refusé à {0} ({1}). Ajoutez l'utilisateur au groupe « lp » (sudo usermod -aG lp UTILISATEUR, puis reconnectez-vous).",
            en: "Access denied to {0} ({1}). Add the user to the \"lp\" group (sudo usermod -aG lp USER, then log in again)."),
        "printing.device.openFailed": .init(
            fr: "Impossible d'ouvrir l'imprimante {0} : {1}. Est-elle branchée et allumée ?",
            en: "Cannot open the printer {0}: {1}. Is it plugged in and switched on?"),
        "printing.io.writeTimeout": .init(
            fr: "L'imprimante ({0}) ne prend plus de données : {1} octets envoyés sur {2}. Vérifiez qu'elle est allumée, capot fermé, rouleau en place.",
            en: "The printer ({0}) stopped taking data: {1} of {2} bytes sent. Check that it is on, the cover closed and a roll loaded."),
        "printing.io.writeFailed": .init(
            fr: "Envoi vers l'imprimante ({0}) interrompu : {1}.",
            en: "Sending to the printer ({0}) failed: {1}."),
        "printing.io.readFailed": .init(
            fr: "Lecture de l'état de l'imprimante ({0}) impossible : {1}.",
            en: "Cannot read the printer's status ({0}): {1}."),
        "printing.io.pollFailed": .init(
            fr: "Erreur système en attendant l'imprimante : {0}.",
            en: "System error while waiting for the printer: {0}."),
        "printing.io.closed": .init(
            fr: "La connexion à l'imprimante est fermée.",
            en: "The connection to the printer is closed."),
        "printing.tcp.unknownHost": .init(
            fr: "Imprimante réseau introuvable : « {0} » ne correspond à aucune adresse.",
            en: "Network printer not found: \"{0}\" does not resolve to an address."),
        "printing.tcp.connectTimeout": .init(
            fr: "L'imprimante réseau ne répond pas ({0}). Est-elle allumée et sur le même réseau ?",
            en: "The network printer does not answer ({0}). Is it on and on the same network?"),
        "printing.tcp.connectFailed": .init(
            fr: "Connexion à l'imprimante réseau impossible ({0}) : {1}.",
            en: "Cannot connect to the network printer ({0}): {1}."),

        // USB
        "printing.usb.access": .init(
            fr: "Accès refusé à l'imprimante USB {0}. Donnez l'accès au groupe « lp » par une règle udev (/etc/udev/rules.d/60-refurb-imprimantes.rules : SUBSYSTEM==\"usb\", ATTRS{idVendor}==\"04f9\", MODE=\"0660\", GROUP=\"lp\"), puis débranchez et rebranchez l'imprimante.",
            en: "Access denied to the USB printer {0}. Give the \"lp\" group access with a udev rule (/etc/udev/rules.d/60-refurb-printers.rules: SUBSYSTEM==\"usb\", ATTRS{idVendor}==\"04f9\", MODE=\"0660\", GROUP=\"lp\"), then unplug and replug the printer."),
        "printing.usb.busy": .init(
            fr: "L'imprimante USB {0} est occupée par un autre programme (CUPS, ipp-usb…). Fermez-le ou retirez l'imprimante de CUPS.",
            en: "The USB printer {0} is held by another program (CUPS, ipp-usb…). Close it or remove the printer from CUPS."),
        "printing.usb.unplugged": .init(
            fr: "L'imprimante USB {0} a été débranchée.",
            en: "The USB printer {0} was unplugged."),
        "printing.usb.timeout": .init(
            fr: "L'imprimante USB {0} ne répond pas à temps.",
            en: "The USB printer {0} did not answer in time."),
        "printing.usb.stall": .init(
            fr: "L'imprimante USB {0} a refusé les données (endpoint bloqué). Éteignez-la et rallumez-la.",
            en: "The USB printer {0} refused the data (stalled endpoint). Switch it off and on again."),
        "printing.usb.failed": .init(
            fr: "Erreur USB avec {0} ({1}).",
            en: "USB error with {0} ({1})."),
        "printing.usb.notFound": .init(
            fr: "Aucune imprimante USB ne correspond à {0}. Lancez « refurb printers » pour voir celles qui sont branchées.",
            en: "No USB printer matches {0}. Run \"refurb printers\" to see the ones plugged in."),

        // Scanning for printers
        "printing.scan.noUSB": .init(
            fr: "Aucun bus USB visible sur cette machine (libusb : {0}). Sur un conteneur ou une machine virtuelle, l'USB doit être transmis.",
            en: "No USB bus visible on this machine (libusb: {0}). In a container or virtual machine, USB must be passed through."),
        "printing.scan.editorLite": .init(
            fr: "La Brother {0} est branchée en mode « Editor Lite » : elle apparaît comme une clé USB, pas comme une imprimante. Maintenez le bouton Editor Lite enfoncé jusqu'à ce que son voyant vert s'éteigne.",
            en: "The Brother {0} is in \"Editor Lite\" mode: it shows up as a USB disk, not a printer. Hold the Editor Lite button until its green light goes out."),
        "printing.scan.noPrinterInterface": .init(
            fr: "{0} est branché mais n'offre pas d'interface imprimante que Refurb sait piloter.",
            en: "{0} is plugged in but offers no printer interface Refurb can drive."),
        "printing.scan.noneFound": .init(
            fr: "Aucune imprimante d'étiquettes USB trouvée. Vérifiez que le câble USB est branché et l'imprimante allumée ; que l'utilisateur a le droit d'accéder à l'USB (groupe « lp » et règle udev) ; et, pour une Brother QL, que le mode Editor Lite est désactivé (voyant vert éteint).",
            en: "No USB label printer found. Check that the USB cable is plugged in and the printer is on; that the user may access USB (\"lp\" group and a udev rule); and, for a Brother QL, that Editor Lite mode is off (green light out)."),

        // Status
        "printing.status.silentBrother": .init(
            fr: "L'imprimante Brother ({0}) ne répond pas à la demande d'état. Vérifiez qu'elle est allumée et que le capot est fermé.",
            en: "The Brother printer ({0}) does not answer the status request. Check that it is on and the cover closed."),
        "printing.status.silentZebra": .init(
            fr: "L'imprimante Zebra ({0}) ne répond pas. Elle se tait quand il n'y a plus d'étiquettes ou de ruban, ou que la tête est ouverte : vérifiez-la.",
            en: "The Zebra printer ({0}) does not answer. It stays silent when out of labels or ribbon, or with the head open: check it."),
        "printing.status.notReady": .init(
            fr: "L'imprimante n'est pas prête :",
            en: "The printer is not ready:"),
        "printing.status.failedWhilePrinting": .init(
            fr: "L'imprimante a signalé une erreur pendant l'impression :",
            en: "The printer reported an error while printing:"),

        // Media
        "printing.media.none": .init(
            fr: "Aucun rouleau chargé : mettez un rouleau {0} dans l'imprimante.",
            en: "No roll loaded: put a {0} roll in the printer."),
        "printing.media.widthMismatch": .init(
            fr: "Rouleau {0} mm chargé, l'étiquette demande {1} mm. Changez de rouleau ou choisissez un modèle d'étiquette prévu pour {0} mm.",
            en: "{0} mm roll loaded, the label needs {1} mm. Change the roll or pick a label template made for {0} mm."),
        "printing.media.needsDieCut": .init(
            fr: "Rouleau continu {0} mm chargé, l'étiquette demande des étiquettes prédécoupées {1}.",
            en: "Continuous {0} mm roll loaded, the label needs {1} die-cut labels."),
        "printing.media.needsContinuous": .init(
            fr: "Étiquettes prédécoupées {0} chargées, l'étiquette demande un rouleau continu {1} mm.",
            en: "{0} die-cut labels loaded, the label needs a continuous {1} mm roll."),
        "printing.media.lengthMismatch": .init(
            fr: "Étiquettes {0} chargées, l'étiquette demande {1}.",
            en: "{0} labels loaded, the label needs {1}."),

        // Brother error bits
        "printing.brother.noMedia": .init(fr: "Pas de rouleau : mettez un rouleau d'étiquettes.", en: "No media: load a label roll."),
        "printing.brother.endOfMedia": .init(fr: "Fin du rouleau d'étiquettes : remplacez-le.", en: "End of the label roll: replace it."),
        "printing.brother.cutterJam": .init(fr: "Massicot bloqué : ouvrez le capot et dégagez l'étiquette.", en: "Cutter jam: open the cover and clear the label."),
        "printing.brother.weakBattery": .init(fr: "Batterie faible.", en: "Weak battery."),
        "printing.brother.printerInUse": .init(fr: "Imprimante occupée par un autre travail.", en: "Printer busy with another job."),
        "printing.brother.turnedOff": .init(fr: "Imprimante éteinte : allumez-la.", en: "Printer switched off: switch it on."),
        "printing.brother.highVoltageAdapter": .init(fr: "Adaptateur secteur inadapté.", en: "Wrong power adapter."),
        "printing.brother.fanError": .init(fr: "Ventilateur en panne : éteignez l'imprimante.", en: "Fan failure: switch the printer off."),
        "printing.brother.replaceMedia": .init(fr: "Mauvais rouleau : l'imprimante demande de le remplacer.", en: "Wrong roll: the printer asks to replace it."),
        "printing.brother.expansionBufferFull": .init(fr: "Mémoire de l'imprimante pleine.", en: "Printer memory full."),
        "printing.brother.communicationError": .init(fr: "Erreur de transmission : éteignez et rallumez l'imprimante.", en: "Transmission error: switch the printer off and on."),
        "printing.brother.communicationBufferFull": .init(fr: "Tampon de réception plein.", en: "Receive buffer full."),
        "printing.brother.coverOpen": .init(fr: "Capot ouvert : fermez-le.", en: "Cover open: close it."),
        "printing.brother.cancelKey": .init(fr: "Impression annulée sur l'imprimante.", en: "Printing cancelled on the printer."),
        "printing.brother.feedError": .init(fr: "Le rouleau n'avance pas : vérifiez qu'il est bien engagé.", en: "The roll does not feed: check it is threaded properly."),
        "printing.brother.systemError": .init(fr: "Erreur interne de l'imprimante : éteignez-la et rallumez-la.", en: "Printer system error: switch it off and on."),

        // Zebra ~HS flags
        "printing.zebra.paperOut": .init(fr: "Plus d'étiquettes : rechargez le rouleau.", en: "Out of labels: reload the roll."),
        "printing.zebra.headOpen": .init(fr: "Tête d'impression ouverte : fermez-la.", en: "Print head open: close it."),
        "printing.zebra.ribbonOut": .init(fr: "Plus de ruban : remplacez-le.", en: "Out of ribbon: replace it."),
        "printing.zebra.paused": .init(fr: "Imprimante en pause : appuyez sur PAUSE pour la relancer.", en: "Printer paused: press PAUSE to resume."),
        "printing.zebra.overTemperature": .init(fr: "Tête trop chaude : laissez refroidir.", en: "Print head too hot: let it cool."),
        "printing.zebra.underTemperature": .init(fr: "Tête trop froide.", en: "Print head too cold."),
        "printing.zebra.corruptRAM": .init(fr: "Mémoire de l'imprimante corrompue : éteignez-la et rallumez-la.", en: "Printer memory corrupted: switch it off and on."),
        "printing.zebra.bufferFull": .init(fr: "Mémoire de réception pleine.", en: "Receive buffer full."),
        // What `refurb printers` shows
        "printing.state.ready": .init(fr: "prête", en: "ready"),
        "printing.state.notReady": .init(fr: "pas prête", en: "not ready"),
        "printing.state.unreachable": .init(fr: "injoignable", en: "unreachable"),
        "printing.state.notAsked": .init(fr: "état non demandé", en: "status not asked"),
        "printing.state.unknown": .init(fr: "état inconnu", en: "status unknown"),
        "printing.media.loaded.continuous": .init(fr: "rouleau continu {0} mm", en: "{0} mm continuous roll"),
        "printing.media.loaded.dieCut": .init(fr: "étiquettes prédécoupées {0}", en: "{0} die-cut labels"),
        "printing.media.loaded.none": .init(fr: "aucun rouleau", en: "no roll"),
    ])
}
