import Labels
import Printing
import RefurbCore
import RefurbStore

/// What the service says, in French and English. Every catalog a route can raise a message from is
/// merged in, so that any refusal reads in the caller's language.
enum ServerMessages {
    static let catalog = StoreError.catalog.merging(.labels).merging(.printing).merging(api).merging(printers)

    static let api = MessageCatalog([
        "api.unauthenticated": .init(
            fr: "Connectez-vous d'abord (ou envoyez un jeton valide dans l'en-tête Authorization: Bearer).",
            en: "Sign in first (or send a valid token in the Authorization: Bearer header)."),
        "api.forbidden": .init(
            fr: "Votre compte n'a pas le droit de faire cela ({0}). Rôles qui le permettent : {1}. Demandez à un administrateur.",
            en: "Your account may not do this ({0}). Roles that may: {1}. Ask an administrator."),
        "api.badCredentials": .init(
            fr: "Nom d'utilisateur ou mot de passe incorrect.",
            en: "Wrong username or password."),
        "api.tooManyAttempts": .init(
            fr: "Trop d'essais de connexion. Réessayez dans {0} secondes.",
            en: "Too many sign-in attempts. Try again in {0} seconds."),
        "api.csrf": .init(
            fr: "La page a expiré (jeton de formulaire absent ou périmé). Rechargez la page et recommencez.",
            en: "The page has expired (form token missing or stale). Reload the page and try again."),
        "api.databaseBusy": .init(
            fr: "La base de données est occupée par un autre programme (une sauvegarde ?) : rien n'a été enregistré. Réessayez dans {0} secondes.",
            en: "The database is busy with another program (a backup?): nothing was saved. Try again in {0} seconds."),
        "api.request.malformed": .init(
            fr: "La requête est mal formée : son corps ne suit pas son en-tête Transfer-Encoding (taille de morceau illisible, codage inconnu). Rien n'a été enregistré.",
            en: "The request is malformed: its body does not follow its Transfer-Encoding header (an unreadable chunk size, an unknown coding). Nothing was saved."),
        "api.body.notJSON": .init(
            fr: "Le corps de la requête doit être du JSON (reçu : {0}).",
            en: "The request body must be JSON (received: {0})."),
        "api.body.empty": .init(fr: "Le corps de la requête est vide : du JSON est attendu.", en: "The request body is empty: JSON is expected."),
        "api.body.malformed": .init(
            fr: "Le corps de la requête n'est pas du JSON lisible (coupé ou mal formé).",
            en: "The request body is not readable JSON (cut off or malformed)."),
        "api.body.missingField": .init(fr: "Il manque le champ « {0} ».", en: "The field “{0}” is missing."),
        "api.body.wrongType": .init(fr: "Le champ « {0} » n'a pas le bon type.", en: "The field “{0}” has the wrong type."),
        "api.body.wrongValue": .init(fr: "La valeur du champ « {0} » n'est pas valable.", en: "The value of the field “{0}” is not valid."),
        "api.body.tooLarge": .init(
            fr: "La requête est trop grosse (au plus {0} Kio).",
            en: "The request is too large ({0} KiB at most)."),
        "api.routeNotFound": .init(fr: "Cette adresse n'existe pas dans l'API Refurb.", en: "There is no such address in the Refurb API."),
        "api.methodNotAllowed": .init(fr: "Cette adresse n'accepte pas cette méthode.", en: "This address does not accept this method."),
        "api.internal": .init(
            fr: "Erreur interne du service : rien n'a été enregistré. Le détail est dans le journal du service ; prévenez l'administrateur.",
            en: "Internal service error: nothing was recorded. The details are in the service log; tell the administrator."),
        "api.parameterMissing": .init(fr: "Il manque « {0} » dans l'adresse.", en: "“{0}” is missing from the address."),
        "api.wipeProgress.driveMissing": .init(
            fr: "Le champ « drive » est vide : nommez le disque (numéro de série, WWN ou chemin).",
            en: "The “drive” field is empty: name the drive (serial number, WWN or path)."),
        "api.wipeProgress.driveMalformed": .init(
            fr: "Le champ « drive » doit être un nom de disque de {0} caractères au plus, sans caractère de contrôle ou invisible.",
            en: "The “drive” field must be a drive name of at most {0} characters, without control or invisible characters."),
        "api.wipeProgress.phaseMalformed": .init(
            fr: "Le champ « phase » doit faire {0} caractères au plus, sans caractère de contrôle ou invisible.",
            en: "The “phase” field must be at most {0} characters, without control or invisible characters."),
        "api.wipeProgress.bytes": .init(
            fr: "Les champs « bytesDone » et « bytesTotal » doivent être des nombres d'octets positifs ou nuls.",
            en: "The “bytesDone” and “bytesTotal” fields must be byte counts of zero or more."),
        "api.wipeProgress.passes": .init(
            fr: "Le champ « {0} » doit être compris entre 0 et {1}.",
            en: "The “{0}” field must be between 0 and {1}."),
        "api.wipeProgress.speed": .init(
            fr: "Le champ « bytesPerSecond » doit être un débit positif ou nul.",
            en: "The “bytesPerSecond” field must be a speed of zero or more."),
        "api.wipeProgress.driveNotInReport": .init(
            fr: "Le disque {0} n'est pas dans le rapport de diagnostic de l'appareil {1} (disques trouvés : {2}) : le tableau des effacements le montre refusé. Ce disque vient-il d'une autre machine ? Sinon, relancez le diagnostic (refurb probe --submit).",
            en: "Drive {0} is not in the diagnostic report of device {1} (drives found: {2}): the board of wipes shows it refused. Does this drive come from another machine? If not, run the probe again (refurb probe --submit)."),
        "api.wipeProgress.failureMalformed": .init(
            fr: "Le champ « failure » doit dire pourquoi l'effacement a échoué, en {0} caractères au plus, sans caractère de contrôle ou invisible.",
            en: "The “failure” field must say why the wipe failed, in at most {0} characters, without control or invisible characters."),
        "api.parameterMalformed": .init(
            fr: "L'adresse contient « {1} » (paramètre {0}), illisible : un « % » doit être suivi de deux chiffres hexadécimaux, et former du texte UTF-8.",
            en: "The address contains “{1}” (parameter {0}), which cannot be read: a “%” must be followed by two hexadecimal digits, forming UTF-8 text."),
        "api.idMalformed": .init(fr: "« {0} » n'est pas un numéro.", en: "“{0}” is not a number."),
        "api.paymentUnknown": .init(
            fr: "Moyen de paiement inconnu : « {0} ». Possibles : {1}.",
            en: "Unknown payment method: “{0}”. Possible: {1}."),
        "api.passwordTooShort": .init(
            fr: "Le mot de passe doit faire au moins {0} caractères.",
            en: "The password must be at least {0} characters long."),
        "api.currentPasswordWrong": .init(
            fr: "Le mot de passe actuel est incorrect. Rien n'a été changé.",
            en: "The current password is wrong. Nothing was changed."),
        "api.publicKeyUnreadable": .init(
            fr: "Clé publique illisible : collez le fichier .pem écrit par « refurb keys » sur le poste d'effacement.",
            en: "Unreadable public key: paste the .pem file written by “refurb keys” on the wiping station."),
        "api.unknownStage": .init(fr: "Étape « {0} » inconnue. Étapes : {1}.", en: "Unknown stage “{0}”. Stages: {1}."),
        "api.unknownGrade": .init(fr: "Note « {0} » inconnue. Notes : {1}.", en: "Unknown grade “{0}”. Grades: {1}."),
        "api.storageMissing": .init(
            fr: "Indiquez le numéro de série du disque (« storage »).",
            en: "Give the drive's serial number (“storage”)."),
        "api.report.schemaVersion": .init(
            fr: "Rapport au format {0}, ce service lit le format {1} : mettez refurb à jour sur le poste de test.",
            en: "Report in format {0}, this service reads format {1}: update refurb on the test bench."),
        "api.report.schema": .init(
            fr: "Le rapport ne suit pas son schéma (Schemas/hardware-report.schema.json) : {0} ne respecte pas « {1} ». Rien n'a été enregistré ; mettez refurb à jour sur le poste de test.",
            en: "The report does not follow its schema (Schemas/hardware-report.schema.json): {0} breaks “{1}”. Nothing was recorded; update refurb on the test bench."),
        "api.report.none": .init(
            fr: "Aucun rapport de diagnostic pour {0} : lancez « refurb probe --submit » sur la machine.",
            en: "No diagnostic report for {0}: run “refurb probe --submit” on the machine."),
        "api.certificate.unsigned": .init(
            fr: "Ce fichier n'est pas un certificat d'effacement signé.",
            en: "This file is not a signed erasure certificate."),
        "api.certificate.unknownKey": .init(
            fr: "Le certificat est signé par la clé {0}, qui n'est pas enregistrée (ou a été révoquée). Un administrateur doit enregistrer la clé publique du poste d'effacement.",
            en: "The certificate is signed by key {0}, which is not registered (or was revoked). An administrator must register the wiping station's public key."),
        "api.certificate.invalid": .init(
            fr: "Certificat refusé : il a été modifié après sa signature, ou sa signature est fausse ({0}). Rien n'a été enregistré.",
            en: "Certificate refused: it was changed after signing, or its signature is wrong ({0}). Nothing was recorded."),
        "api.certificate.notFound": .init(fr: "Aucun certificat « {0} ».", en: "No certificate “{0}”."),
        "api.certificate.referenceNotFound": .init(
            fr: "Aucun certificat ne porte la référence {0} · {1}. Recopiez les deux parties telles qu'elles sont imprimées (le numéro du certificat et son empreinte).",
            en: "No certificate has the reference {0} · {1}. Copy both parts as they are printed (the certificate's number and its fingerprint)."),
        "api.certificate.fingerprintMalformed": .init(
            fr: "Le paramètre « fingerprint » doit être l'empreinte imprimée avec le certificat : 16 chiffres hexadécimaux (0-9, a-f), par groupes de 4 séparés de tirets, par exemple 3f2a-91c0-77de-0b15.",
            en: "The “fingerprint” parameter must be the fingerprint printed with the certificate: 16 hexadecimal digits (0-9, a-f), in groups of 4 separated by dashes, for example 3f2a-91c0-77de-0b15."),
        "api.label.copies": .init(fr: "De 1 à {0} étiquettes par impression.", en: "From 1 to {0} labels per print."),
        "api.label.templateMissing": .init(
            fr: "Choisissez un modèle d'étiquette (paramètre « template »).",
            en: "Choose a label template (the “template” parameter)."),
        "api.label.templateUnknown": .init(fr: "Aucun modèle d'étiquette « {0} ».", en: "No label template “{0}”."),
    ])
}
