import RefurbCore

extension MessageCatalog {
    /// Everything the probe says to a person: warnings, SMART reasons and the summary's words.
    /// Technicians are volunteers, not IT staff: each warning says what is missing and, where it helps,
    /// what to do about it.
    public static let diagnostics = MessageCatalog(DiagnosticsMessages.entries)
}

enum DiagnosticsMessages {
    static var entries: [String: MessageCatalog.Entry] {
        var entries = fixedEntries
        for field in IdentityField.allCases {
            entries[field.placeholderKey] = .init(
                fr: "\(field.frenchName) : « {0} » est une valeur de remplissage du fabricant, elle est ignorée.",
                en: "\(field.englishName): “{0}” is a manufacturer's placeholder, ignored.")
            entries[field.missingKey] = .init(
                fr: "\(field.frenchName) : non renseigné par le micrologiciel.",
                en: "\(field.englishName): not recorded by the firmware.")
        }
        return entries
    }

    private static let fixedEntries: [String: MessageCatalog.Entry] = [
        // Files
        "probe.warning.file.missing": .init(fr: "Fichier absent : {0}.", en: "File missing: {0}."),
        "probe.warning.file.permissionDenied": .init(
            fr: "Lecture de {0} refusée : relancez la sonde en root (sudo).",
            en: "Reading {0} was refused: run the probe as root (sudo)."),
        "probe.warning.file.tooLarge": .init(fr: "{0} dépasse {1} octets, il n'a pas été lu.", en: "{0} is over {1} bytes and was not read."),
        "probe.warning.file.unreadable": .init(fr: "{0} illisible (erreur système {1}).", en: "{0} could not be read (system error {1})."),
        "probe.warning.tooMany": .init(fr: "Plus de {0} avertissements : les suivants sont omis.", en: "More than {0} warnings: the rest are left out."),

        // SMBIOS
        "probe.warning.smbios.needsRoot": .init(
            fr: "Les tables SMBIOS ne sont lisibles qu'en root : identité lue dans /sys/class/dmi/id, sans numéros de série ni barrettes mémoire.",
            en: "The SMBIOS tables are readable by root only: identity read from /sys/class/dmi/id, without serial numbers or memory modules."),
        "probe.warning.smbios.tablesMissing": .init(
            fr: "Pas de tables SMBIOS dans /sys/firmware/dmi (machine virtuelle ou micrologiciel sans DMI).",
            en: "No SMBIOS tables in /sys/firmware/dmi (virtual machine or firmware without DMI)."),
        "probe.warning.smbios.usingDMIFallback": .init(
            fr: "Identité lue dans /sys/class/dmi/id au lieu des tables SMBIOS.",
            en: "Identity read from /sys/class/dmi/id instead of the SMBIOS tables."),
        "probe.warning.smbios.noFirmwareIdentity": .init(
            fr: "Le micrologiciel ne décrit pas la machine (ni SMBIOS ni /sys/class/dmi/id) : fabricant, modèle et numéro de série à relever sur l'étiquette.",
            en: "The firmware does not describe the machine (no SMBIOS, no /sys/class/dmi/id): read maker, model and serial number from the label."),
        "probe.warning.smbios.noAnchor": .init(
            fr: "Point d'entrée SMBIOS non reconnu (ni _SM3_, ni _SM_, ni _DMI_).",
            en: "SMBIOS entry point not recognised (no _SM3_, _SM_ or _DMI_ anchor)."),
        "probe.warning.smbios.truncatedEntryPoint": .init(fr: "Point d'entrée SMBIOS {0} tronqué.", en: "SMBIOS entry point {0} is truncated."),
        "probe.warning.smbios.missingIntermediateAnchor": .init(
            fr: "Point d'entrée SMBIOS _SM_ sans ancre _DMI_ : ignoré.",
            en: "SMBIOS _SM_ entry point without its _DMI_ anchor: ignored."),
        "probe.warning.smbios.tableOutsideDump": .init(
            fr: "Le fichier de vidage place la table à l'adresse {0}, au-delà de sa taille ({1} octets).",
            en: "The dump places the table at address {0}, past its size ({1} bytes)."),
        "probe.warning.smbios.badChecksum": .init(
            fr: "Somme de contrôle du point d'entrée SMBIOS {0} incorrecte : données lues quand même, à vérifier.",
            en: "SMBIOS entry point {0} checksum is wrong: data read anyway, check it."),
        "probe.warning.smbios.versionFixup": .init(
            fr: "Version SMBIOS annoncée {0} inexistante, traitée comme {1}.",
            en: "Announced SMBIOS version {0} does not exist, treated as {1}."),
        "probe.warning.smbios.shortTable": .init(
            fr: "Table SMBIOS tronquée : {0} octets sur {1} annoncés.",
            en: "SMBIOS table truncated: {0} bytes of {1} announced."),
        "probe.warning.smbios.badStringIndex": .init(
            fr: "Structure SMBIOS type {0} (handle {1}) : chaîne n° {2} inexistante.",
            en: "SMBIOS structure type {0} (handle {1}): string #{2} does not exist."),
        "probe.warning.smbios.brokenStructure": .init(
            fr: "Table SMBIOS cassée : structure type {0} (handle {1}) de longueur invalide à l'octet {2}, lecture arrêtée.",
            en: "SMBIOS table broken: structure type {0} (handle {1}) has an invalid length at byte {2}, reading stopped."),
        "probe.warning.smbios.truncatedStructure": .init(
            fr: "Structure SMBIOS type {0} (handle {1}) coupée par la fin de la table.",
            en: "SMBIOS structure type {0} (handle {1}) is cut off by the end of the table."),
        "probe.warning.smbios.unterminatedStrings": .init(
            fr: "Structure SMBIOS type {0} (handle {1}) : chaînes non terminées, lecture arrêtée.",
            en: "SMBIOS structure type {0} (handle {1}): unterminated strings, reading stopped."),
        "probe.warning.smbios.fewerStructures": .init(
            fr: "Table SMBIOS : {0} structures lues sur {1} annoncées.",
            en: "SMBIOS table: {0} structures read of {1} announced."),
        "probe.warning.smbios.tooManyStructures": .init(
            fr: "Table SMBIOS anormale : plus de {0} structures, lecture arrêtée.",
            en: "Abnormal SMBIOS table: more than {0} structures, reading stopped."),
        "probe.warning.smbios.undecodableStructure": .init(
            fr: "Structure SMBIOS type {0} (handle {1}, {2} octets) trop courte ou incohérente : ignorée.",
            en: "SMBIOS structure type {0} (handle {1}, {2} bytes) too short or inconsistent: ignored."),
        "probe.warning.smbios.noSystemStructure": .init(
            fr: "Les tables SMBIOS ne décrivent pas le système (pas de structure type 1).",
            en: "The SMBIOS tables do not describe the system (no type 1 structure)."),
        "probe.warning.dmi.serialsNeedRoot": .init(
            fr: "Numéros de série et UUID lisibles seulement en root.",
            en: "Serial numbers and UUID are readable by root only."),
        "probe.warning.uuid.notPresent": .init(fr: "Le micrologiciel n'a pas d'UUID système.", en: "The firmware has no system UUID."),
        "probe.warning.uuid.notSettable": .init(fr: "L'UUID système n'a jamais été programmé (tout à zéro).", en: "The system UUID was never set (all zeros)."),
        "probe.warning.category.unknown": .init(
            fr: "Type de machine non déterminé : choisissez la catégorie à la main.",
            en: "Kind of machine not determined: choose the category by hand."),

        // CPU and memory
        "probe.warning.cpu.cpuinfoEmpty": .init(fr: "/proc/cpuinfo est vide.", en: "/proc/cpuinfo is empty."),
        "probe.warning.cpu.noModel": .init(fr: "Modèle de processeur inconnu.", en: "Processor model unknown."),
        "probe.warning.cpu.unreadable": .init(fr: "Processeur non lu.", en: "Processor not read."),
        "probe.warning.memory.noMemTotal": .init(fr: "Quantité de mémoire absente de /proc/meminfo.", en: "Memory size missing from /proc/meminfo."),
        "probe.warning.memory.noModules": .init(
            fr: "Barrettes mémoire et emplacements libres inconnus (tables SMBIOS non lues).",
            en: "Memory modules and free slots unknown (SMBIOS tables not read)."),

        // Storage and SMART
        "probe.warning.storage.noSysBlock": .init(fr: "/sys/block est vide ou absent.", en: "/sys/block is empty or missing."),
        "probe.warning.storage.noDisks": .init(fr: "Aucun disque trouvé.", en: "No disk found."),
        "probe.warning.storage.noSize": .init(fr: "Taille du disque {0} illisible : disque ignoré.", en: "Size of disk {0} unreadable: disk skipped."),
        "probe.warning.storage.noMedium": .init(fr: "{0} : lecteur sans support (carte ou clé absente), ignoré.", en: "{0}: drive with no medium (no card or stick), skipped."),
        "probe.warning.storage.opticalSkipped": .init(fr: "{0} : lecteur optique, non compté comme disque.", en: "{0}: optical drive, not counted as a disk."),
        "probe.warning.smart.notInstalled": .init(
            fr: "smartctl introuvable ({0}, erreur {1}) : santé des disques non vérifiée. Installez smartmontools.",
            en: "smartctl not found ({0}, error {1}): disk health not checked. Install smartmontools."),
        "probe.warning.smart.timeout": .init(
            fr: "smartctl n'a pas répondu pour {0} en {1} s (pont USB ?) : arrêté.",
            en: "smartctl did not answer for {0} within {1} s (USB bridge?): stopped."),
        "probe.warning.smart.outputTooLarge": .init(fr: "smartctl a produit une sortie démesurée pour {0} : arrêté.", en: "smartctl printed an oversized output for {0}: stopped."),
        "probe.warning.smart.crashed": .init(fr: "smartctl s'est arrêté brutalement pour {0} (signal {1}).", en: "smartctl crashed for {0} (signal {1})."),
        "probe.warning.smart.unparsable": .init(
            fr: "Réponse de smartctl illisible pour {0} (code de sortie {1}).",
            en: "smartctl's answer for {0} is unreadable (exit status {1})."),
        "probe.warning.smart.noData": .init(fr: "Pas de données SMART pour {0} : {1}.", en: "No SMART data for {0}: {1}."),
        "probe.smart.failing": .init(fr: "le disque se déclare défaillant", en: "the drive reports itself failing"),
        "probe.smart.prefailNow": .init(fr: "attributs critiques sous le seuil : {0}", en: "critical attributes below threshold: {0}"),
        "probe.smart.failedInPast": .init(fr: "attributs passés sous le seuil par le passé : {0}", en: "attributes were below threshold in the past: {0}"),
        "probe.smart.errorLog": .init(fr: "{0} erreurs enregistrées dans le journal du disque", en: "{0} errors in the drive's error log"),
        "probe.smart.selfTestErrors": .init(fr: "un auto-test du disque a échoué", en: "a drive self-test failed"),
        "probe.smart.commandFailed": .init(fr: "une commande SMART a échoué", en: "a SMART command failed"),
        "probe.smart.reallocated": .init(fr: "{0} secteurs réalloués", en: "{0} reallocated sectors"),
        "probe.smart.pending": .init(fr: "{0} secteurs en attente de réallocation", en: "{0} sectors pending reallocation"),
        "probe.smart.uncorrectable": .init(fr: "{0} erreurs non corrigibles", en: "{0} uncorrectable errors"),
        "probe.smart.mediaErrors": .init(fr: "{0} erreurs de support (NVMe)", en: "{0} media errors (NVMe)"),
        "probe.smart.spareLow": .init(fr: "réserve à {0} %, sous le seuil de {1} %", en: "spare at {0}%, below the {1}% threshold"),
        "probe.smart.nvmeCriticalWarning": .init(fr: "avertissement critique NVMe {0}", en: "NVMe critical warning {0}"),
        "probe.smart.wear": .init(fr: "usure {0} %", en: "{0}% worn"),
        "probe.smart.wornOut": .init(fr: "usure {0} % : endurance nominale dépassée", en: "{0}% worn: rated endurance exceeded"),
        "probe.smart.powerOnHours": .init(fr: "{0} heures de fonctionnement", en: "{0} power-on hours"),
        "probe.smart.powerOnHoursHigh": .init(fr: "{0} heures de fonctionnement (très usagé)", en: "{0} power-on hours (heavily used)"),
        "probe.smart.noData": .init(fr: "aucune donnée de santé ({0})", en: "no health data ({0})"),
        "probe.smart.smartctlMissing": .init(fr: "smartctl absent", en: "smartctl missing"),
        "probe.smart.timeout": .init(fr: "pas de réponse en {0} s", en: "no answer within {0} s"),
        "probe.smart.unreadableOutput": .init(fr: "réponse de smartctl illisible", en: "smartctl's answer unreadable"),

        // Battery, graphics, display, network
        "probe.warning.battery.none": .init(fr: "Aucune batterie trouvée (normal pour un ordinateur fixe).", en: "No battery found (normal for a desktop)."),
        "probe.warning.battery.absent": .init(fr: "Batterie {0} déclarée absente.", en: "Battery {0} reported absent."),
        "probe.warning.battery.noHealth": .init(
            fr: "Batterie {0} : capacités d'origine et actuelle non fournies, santé inconnue.",
            en: "Battery {0}: design and full capacities not given, health unknown."),
        "probe.warning.graphics.none": .init(fr: "Aucune carte graphique PCI trouvée.", en: "No PCI graphics adapter found."),
        "probe.warning.graphics.noPCIIDs": .init(
            fr: "Base pci.ids absente : cartes graphiques identifiées par leurs numéros seulement.",
            en: "pci.ids database missing: graphics adapters identified by number only."),
        "probe.warning.display.none": .init(
            fr: "Aucun écran détecté (normal pour une tour sans écran branché).",
            en: "No screen detected (normal for a tower with no screen plugged in)."),
        "probe.warning.display.badEDID": .init(fr: "Écran {0} : EDID illisible.", en: "Screen {0}: EDID unreadable."),
        "probe.warning.display.badChecksum": .init(fr: "Écran {0} : somme de contrôle EDID incorrecte.", en: "Screen {0}: EDID checksum is wrong."),
        "probe.warning.network.none": .init(fr: "Aucune carte réseau physique trouvée.", en: "No physical network interface found."),

        // Summary
        "probe.summary.title": .init(fr: "Diagnostic matériel — sonde {0}, {1} ms", en: "Hardware report — probe {0}, {1} ms"),
        "probe.summary.machine": .init(fr: "Machine", en: "Machine"),
        "probe.summary.serial": .init(fr: "n° de série {0}", en: "serial {0}"),
        "probe.summary.noSerial": .init(fr: "n° de série inconnu", en: "serial unknown"),
        "probe.summary.unknownMachine": .init(fr: "inconnue", en: "unknown"),
        "probe.summary.cpu": .init(fr: "Processeur", en: "Processor"),
        "probe.summary.cores": .init(fr: "{0} cœurs / {1} threads", en: "{0} cores / {1} threads"),
        "probe.summary.maxFrequency": .init(fr: "{0} GHz max", en: "{0} GHz max"),
        "probe.summary.memory": .init(fr: "Mémoire", en: "Memory"),
        "probe.summary.installed": .init(fr: "{0} installés", en: "{0} installed"),
        "probe.summary.usable": .init(fr: "{0} utilisables", en: "{0} usable"),
        "probe.summary.freeSlots": .init(fr: "{0} emplacement(s) libre(s) sur {1}", en: "{0} free slot(s) of {1}"),
        "probe.summary.disk": .init(fr: "Disque", en: "Disk"),
        "probe.summary.rotational": .init(fr: "disque dur", en: "hard disk"),
        "probe.summary.solidState": .init(fr: "SSD", en: "SSD"),
        "probe.summary.removable": .init(fr: "amovible", en: "removable"),
        "probe.summary.health": .init(fr: "santé : {0}", en: "health: {0}"),
        "probe.summary.smartOff": .init(fr: "SMART non vérifié", en: "SMART not checked"),
        "probe.summary.verdict.ok": .init(fr: "bonne", en: "good"),
        "probe.summary.verdict.warning": .init(fr: "à surveiller", en: "needs a look"),
        "probe.summary.verdict.failing": .init(fr: "DÉFAILLANT", en: "FAILING"),
        "probe.summary.verdict.unknown": .init(fr: "inconnue", en: "unknown"),
        "probe.summary.battery": .init(fr: "Batterie", en: "Battery"),
        "probe.summary.batteryHealth": .init(fr: "santé {0} %", en: "health {0}%"),
        "probe.summary.batteryHealthUnknown": .init(fr: "santé inconnue", en: "health unknown"),
        "probe.summary.cycles": .init(fr: "{0} cycles", en: "{0} cycles"),
        "probe.summary.graphics": .init(fr: "Graphique", en: "Graphics"),
        "probe.summary.driver": .init(fr: "pilote {0}", en: "driver {0}"),
        "probe.summary.display": .init(fr: "Écran", en: "Screen"),
        "probe.summary.builtIn": .init(fr: "intégré", en: "built-in"),
        "probe.summary.network": .init(fr: "Réseau", en: "Network"),
        "probe.summary.wired": .init(fr: "filaire", en: "wired"),
        "probe.summary.wireless": .init(fr: "sans fil", en: "wireless"),
        "probe.summary.otherLink": .init(fr: "autre", en: "other"),
        "probe.summary.none": .init(fr: "aucun", en: "none"),
        "probe.summary.warnings": .init(fr: "Avertissements ({0})", en: "Warnings ({0})"),
        "probe.summary.notRoot": .init(
            fr: "Sonde lancée sans les droits root : relancez avec sudo pour lire numéros de série, barrettes et santé des disques.",
            en: "Probe run without root: run it again with sudo to read serial numbers, memory modules and disk health."),
        "probe.summary.saved": .init(fr: "Rapport enregistré dans {0}.", en: "Report saved to {0}."),
        "probe.summary.category": .init(fr: "catégorie suggérée : {0}", en: "suggested category: {0}"),
    ]
}
