import RefurbCore

extension MessageCatalog {
    /// Everything the erasure module says to people, in French first and English. Plain words: the
    /// people at the bench are volunteers, not IT staff.
    public static let erasure = MessageCatalog([
        // Why a disk is refused
        "erasure.refusal.mounted": .init(
            fr: "{0} est monté sur {1} : démontez-le d'abord (ou ce n'est pas le bon disque).",
            en: "{0} is mounted on {1}: unmount it first (or this is not the right disk)."),
        "erasure.refusal.root": .init(
            fr: "C'est le disque du système en marche ({0} contient /). On ne l'efface jamais.",
            en: "This is the running system's disk ({0} holds /). It is never erased."),
        "erasure.refusal.swap": .init(
            fr: "{0} sert de mémoire d'échange (swap) au système en marche.",
            en: "{0} is used as swap by the running system."),
        "erasure.refusal.holder": .init(
            fr: "{0} fait partie de {1} (RAID, LVM ou chiffrement) : arrêtez {1} d'abord.",
            en: "{0} is part of {1} (RAID, LVM or encryption): stop {1} first."),
        "erasure.refusal.busy": .init(
            fr: "Un autre programme utilise ce disque. Fermez-le, puis réessayez.",
            en: "Another program is using this disk. Close it, then try again."),
        "erasure.refusal.cannotOpen": .init(
            fr: "Impossible d'ouvrir le disque ({0}).",
            en: "The disk cannot be opened ({0})."),
        "erasure.refusal.readOnly": .init(
            fr: "Le disque est en lecture seule (verrou ou protection en écriture).",
            en: "The disk is read-only (lock switch or write protection)."),
        "erasure.refusal.noMedium": .init(
            fr: "Aucun support : le disque est vide ou débranché.",
            en: "No medium: the disk is empty or unplugged."),
        "erasure.refusal.benchStick": .init(
            fr: "C'est la clé du banc (sa partition REFURB est sur {0}) : elle n'est jamais effacée.",
            en: "This is the bench stick (its REFURB partition is on {0}): it is never erased."),

        // Firmware methods that can't run
        "erasure.firmware.frozen": .init(
            fr: "Le disque est « gelé » (frozen) : le BIOS a bloqué ses commandes d'effacement au démarrage. Mettez l'ordinateur en veille puis réveillez-le (rtcwake -m mem -s 5), ou débranchez et rebranchez l'alimentation du disque, puis relancez.",
            en: "The drive is frozen: the BIOS locked its erase commands at boot. Suspend and resume the computer (rtcwake -m mem -s 5), or unplug and replug the drive's power, then start again."),
        "erasure.firmware.passwordSet": .init(
            fr: "Un mot de passe de sécurité est déjà posé sur le disque. S'il vient d'un effacement interrompu : hdparm --user-master u --security-disable refurb {0}",
            en: "A security password is already set on the drive. If it comes from an interrupted erase: hdparm --user-master u --security-disable refurb {0}"),
        "erasure.firmware.locked": .init(
            fr: "Le disque est verrouillé par un mot de passe. Il faut le déverrouiller avant de l'effacer.",
            en: "The drive is locked with a password. It must be unlocked before it can be erased."),
        "erasure.firmware.wrongTransport": .init(
            fr: "La méthode {0} ne passe pas par ce branchement ({1}) : branchez le disque directement sur un port SATA ou NVMe.",
            en: "Method {0} cannot go through this connection ({1}): connect the drive directly to a SATA or NVMe port."),
        "erasure.firmware.unsupported": .init(
            fr: "Ce disque ne propose pas la méthode {0}.",
            en: "This drive does not offer method {0}."),
        "erasure.firmware.capabilitiesUnknown": .init(
            fr: "Impossible de lire les capacités du disque pour {0} (hdparm ou nvme-cli manquant ?).",
            en: "The drive's capabilities could not be read for {0} (hdparm or nvme-cli missing?)."),

        // Why a result is not a plain "erased"
        "erasure.reason.skipped": .init(
            fr: "{0} octets n'ont pas pu être écrits ({1} zones) : le disque a des secteurs défectueux.",
            en: "{0} bytes could not be written ({1} areas): the drive has bad sectors."),
        "erasure.reason.retried": .init(
            fr: "{0} erreurs d'écriture ou de lecture, réussies en réessayant : le disque fatigue.",
            en: "{0} write or read errors that succeeded on retry: the drive is wearing out."),
        "erasure.reason.hiddenArea": .init(
            fr: "{0} secteurs cachés (HPA/DCO) n'ont pas été effacés. Relancez avec --restore-hpa.",
            en: "{0} hidden sectors (HPA/DCO) were not erased. Run again with --restore-hpa."),
        "erasure.reason.hiddenAreaUnknown": .init(
            fr: "Impossible de savoir si le disque cache des secteurs (HPA/DCO).",
            en: "Could not tell whether the drive hides sectors (HPA/DCO)."),
        "erasure.reason.hpaNotApplied": .init(
            fr: "La zone cachée a été rendue visible, mais le système voit encore l'ancienne taille : éteignez et rallumez le disque, puis effacez-le à nouveau.",
            en: "The hidden area was made visible, but the system still sees the old size: power-cycle the drive, then erase it again."),
        "erasure.reason.notVerified": .init(
            fr: "L'effacement n'a pas été relu (--verify none).",
            en: "The erasure was not read back (--verify none)."),
        "erasure.reason.mismatches": .init(
            fr: "{0} secteurs relus ne contiennent pas ce qui a été écrit.",
            en: "{0} sectors read back do not hold what was written."),
        "erasure.reason.oldDataRemains": .init(
            fr: "{0} secteurs échantillonnés contiennent encore les anciennes données.",
            en: "{0} sampled sectors still hold the old data."),
        "erasure.reason.unreadable": .init(
            fr: "{0} octets n'ont pas pu être relus.",
            en: "{0} bytes could not be read back."),
        "erasure.reason.abort.device-gone": .init(
            fr: "Le disque a disparu pendant l'effacement (débranché ou en panne).",
            en: "The disk disappeared during the erasure (unplugged or failed)."),
        "erasure.reason.abort.too-many-failures": .init(
            fr: "Trop d'erreurs à la suite : le disque est en panne. Il faut le détruire.",
            en: "Too many errors in a row: the disk is failing. It must be destroyed."),
        "erasure.reason.abort.stalled": .init(
            fr: "Le disque ne répond plus.",
            en: "The disk stopped responding."),
        "erasure.reason.abort.cancelled": .init(
            fr: "L'effacement a été interrompu.",
            en: "The erasure was interrupted."),
        "erasure.reason.flushFailed": .init(
            fr: "Le disque n'a pas confirmé l'écriture de son cache.",
            en: "The drive did not confirm writing out its cache."),
        "erasure.reason.firmware": .init(
            fr: "La commande {0} n'a pas abouti ({1}).",
            en: "Command {0} did not succeed ({1})."),
        "erasure.reason.noMethod": .init(
            fr: "Aucune méthode d'effacement n'a pu s'appliquer à ce disque.",
            en: "No erasure method could be applied to this disk."),
        "erasure.reason.cannotOpen": .init(
            fr: "Le disque n'a pas pu être ouvert en écriture ({0}).",
            en: "The disk could not be opened for writing ({0})."),

        // Results
        "erasure.status.erased": .init(fr: "Effacé", en: "Erased"),
        "erasure.status.erased-with-exceptions": .init(fr: "Effacé avec réserves", en: "Erased with exceptions"),
        "erasure.status.failed": .init(fr: "Échec", en: "Failed"),

        // Progress phases
        "erasure.phase.write": .init(fr: "écriture", en: "writing"),
        "erasure.phase.verify": .init(fr: "relecture", en: "verifying"),
        "erasure.phase.fingerprint": .init(fr: "échantillon avant", en: "sampling before"),
        "erasure.phase.firmware": .init(fr: "effacement par le disque", en: "drive erasing"),
        "erasure.phase.done": .init(fr: "terminé", en: "done"),

        // The command line
        "erasure.list.refused": .init(fr: "REFUSÉ", en: "REFUSED"),
        "erasure.list.available": .init(fr: "prêt", en: "ready"),
        "erasure.list.none": .init(fr: "Aucun disque trouvé.", en: "No disk found."),
        "erasure.confirm.summary": .init(
            fr: "Le disque {0} ({1}, n° de série {2}, {3}) va être entièrement effacé par la méthode {4}. Tout ce qu'il contient sera perdu.",
            en: "Disk {0} ({1}, serial {2}, {3}) will be completely erased with method {4}. Everything on it will be lost."),
        "erasure.confirm.prompt": .init(
            fr: "Pour confirmer, tapez le numéro de série ({0}) : ",
            en: "To confirm, type the serial number ({0}): "),
        "erasure.confirm.mismatch": .init(
            fr: "Ce n'est pas le bon numéro de série : rien n'a été effacé.",
            en: "That is not the right serial number: nothing was erased."),
        "erasure.dryRun.header": .init(
            fr: "Simulation (--dry-run) : rien ne sera écrit.",
            en: "Dry run (--dry-run): nothing will be written."),
        "erasure.dryRun.wouldRun": .init(fr: "Effacerait {0} avec : {1}", en: "Would erase {0} with: {1}"),
        "erasure.dryRun.verification": .init(fr: "Relecture : {0}", en: "Read-back: {0}"),
        "erasure.dryRun.command": .init(fr: "  commande : {0}", en: "  command: {0}"),
        "erasure.dryRun.skipped": .init(fr: "  écartée : {0} — {1}", en: "  skipped: {0} — {1}"),
        "erasure.done": .init(fr: "{0} : {1}. Certificat : {2}", en: "{0}: {1}. Certificate: {2}"),
        "erasure.error.unknownDisk": .init(fr: "Disque introuvable : {0}", en: "Disk not found: {0}"),
        "erasure.error.partition": .init(
            fr: "{0} est une partition. On efface le disque entier : {1}",
            en: "{0} is a partition. Whole disks are erased: {1}"),
        "erasure.error.badMethod": .init(fr: "Méthode inconnue : {0}. Possibles : {1}", en: "Unknown method: {0}. Possible: {1}"),
        "erasure.error.badVerify": .init(
            fr: "Relecture inconnue : {0}. Possibles : full, sample, sample:POURCENTAGE, none",
            en: "Unknown read-back: {0}. Possible: full, sample, sample:PERCENT, none"),
        "erasure.error.noDisk": .init(
            fr: "Indiquez un disque (/dev/sdX), ou --all, ou --list.",
            en: "Name a disk (/dev/sdX), or --all, or --list."),
        "erasure.error.noKey": .init(
            fr: "Pas de clé de signature dans {0}. Créez-la avec : refurb keys init",
            en: "No signing key in {0}. Create it with: refurb keys init"),
        "erasure.error.cannotWrite": .init(fr: "Impossible d'écrire {0}", en: "Cannot write {0}"),

        // Keys
        "erasure.keys.created": .init(
            fr: "Clé de la station créée (identifiant {0}). Privée : {1} (à garder secrète). Publique : {2} (à donner à qui doit vérifier).",
            en: "Station key created (ID {0}). Private: {1} (keep it secret). Public: {2} (give it to whoever checks certificates)."),
        "erasure.keys.exists": .init(
            fr: "Une clé existe déjà : {0}. Elle n'a pas été remplacée (les certificats déjà signés en dépendent).",
            en: "A key already exists: {0}. It was not replaced (certificates already signed depend on it)."),

        // Certificate verification
        "erasure.verify.valid": .init(
            fr: "Certificat authentique : signé par la clé {0}, rien n'a été modifié.",
            en: "Genuine certificate: signed by key {0}, nothing was changed."),
        "erasure.verify.validEmbeddedKey": .init(
            fr: "Certificat intact, signé par la clé {0} qu'il contient. Pour prouver qu'il vient de l'atelier, vérifiez avec --public-key.",
            en: "Certificate intact, signed by the key {0} it carries. To prove it comes from the workshop, check with --public-key."),
        "erasure.verify.invalid.malformed": .init(fr: "Fichier illisible ou abîmé : {0}", en: "Unreadable or damaged file: {0}"),
        "erasure.verify.invalid.unsigned": .init(fr: "Ce certificat n'est pas signé.", en: "This certificate is not signed."),
        "erasure.verify.invalid.unsupported-algorithm": .init(fr: "Signature d'un type inconnu : {0}", en: "Unknown signature type: {0}"),
        "erasure.verify.invalid.content-changed": .init(
            fr: "FAUX : le certificat a été modifié après sa signature.",
            en: "FORGED: the certificate was changed after it was signed."),
        "erasure.verify.invalid.wrong-key": .init(
            fr: "FAUX : signé par une autre clé ({0}) que celle de la station ({1}).",
            en: "FORGED: signed by another key ({0}) than the station's ({1})."),
        "erasure.verify.invalid.bad-signature": .init(fr: "FAUX : la signature ne correspond pas.", en: "FORGED: the signature does not match."),
        "erasure.verify.invalid.not-a-certificate": .init(fr: "Ce n'est pas un certificat d'effacement : {0}", en: "This is not an erasure certificate: {0}"),

        // PDF
        "erasure.pdf.title": .init(fr: "Certificat d'effacement de données", en: "Data erasure certificate"),
        "erasure.pdf.result": .init(fr: "Résultat", en: "Result"),
        "erasure.pdf.certificateId": .init(fr: "Certificat n°", en: "Certificate ID"),
        "erasure.pdf.issued": .init(fr: "Émis le", en: "Issued"),
        "erasure.pdf.drive": .init(fr: "Disque", en: "Drive"),
        "erasure.pdf.model": .init(fr: "Modèle", en: "Model"),
        "erasure.pdf.serial": .init(fr: "N° de série", en: "Serial"),
        "erasure.pdf.firmware": .init(fr: "Micrologiciel", en: "Firmware"),
        "erasure.pdf.capacity": .init(fr: "Capacité", en: "Capacity"),
        "erasure.pdf.type": .init(fr: "Type / branchement", en: "Type / connection"),
        "erasure.pdf.hidden": .init(fr: "Zones cachées avant → après", en: "Hidden areas before → after"),
        "erasure.pdf.health": .init(fr: "Santé (SMART)", en: "Health (SMART)"),
        "erasure.pdf.method": .init(fr: "Méthode", en: "Method"),
        "erasure.pdf.category": .init(fr: "Niveau NIST 800-88/IEEE 2883", en: "NIST 800-88/IEEE 2883 level"),
        "erasure.pdf.technique": .init(fr: "Technique", en: "Technique"),
        "erasure.pdf.commands": .init(fr: "Commandes / motif", en: "Commands / pattern"),
        "erasure.pdf.run": .init(fr: "Déroulement", en: "Run"),
        "erasure.pdf.started": .init(fr: "Début", en: "Start"),
        "erasure.pdf.ended": .init(fr: "Fin", en: "End"),
        "erasure.pdf.duration": .init(fr: "Durée", en: "Duration"),
        "erasure.pdf.written": .init(fr: "Octets écrits / débit", en: "Bytes written / throughput"),
        "erasure.pdf.verification": .init(fr: "Relecture", en: "Verification"),
        "erasure.pdf.coverage": .init(fr: "Couverture", en: "Coverage"),
        "erasure.pdf.mismatches": .init(fr: "Secteurs différents", en: "Mismatched sectors"),
        "erasure.pdf.faults": .init(fr: "Erreurs / reprises / sautés", en: "Errors / retries / skipped"),
        "erasure.pdf.source": .init(fr: "Provenance", en: "Source"),
        "erasure.pdf.workshop": .init(fr: "Atelier / poste / opérateur", en: "Workshop / station / operator"),
        "erasure.pdf.lot": .init(fr: "Lot / étiquette", en: "Lot / asset tag"),
        "erasure.pdf.host": .init(fr: "Ordinateur d'origine", en: "Source computer"),
        "erasure.pdf.signature": .init(fr: "Signature électronique", en: "Electronic signature"),
        "erasure.pdf.howToVerify": .init(
            fr: "Vérification : refurb certificate verify {0}.json --public-key station-ed25519.pub.pem",
            en: "To verify: refurb certificate verify {0}.json --public-key station-ed25519.pub.pem"),
        "erasure.pdf.reasons": .init(fr: "Réserves", en: "Exceptions"),
        "erasure.pdf.yes": .init(fr: "oui", en: "yes"),
        "erasure.pdf.no": .init(fr: "non", en: "no"),
        "erasure.pdf.unknown": .init(fr: "inconnu", en: "unknown"),
    ]).merging(.erasureDocuments)
}
