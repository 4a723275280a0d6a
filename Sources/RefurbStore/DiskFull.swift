import Foundation
import GRDB

extension AppDatabase {
    /// Whether `error` says that the disk is full: SQLite's SQLITE_FULL (its write met ENOSPC, or the database
    /// reached its page limit), or a file write that met ENOSPC or EDQUOT. The transaction was rolled back, so
    /// nothing was written; the same operation succeeds once space is freed. The service answers 507, the
    /// command line says it in words ("store.diskFull").
    public static func isDiskFull(_ error: any Error) -> Bool {
        if let error = error as? DatabaseError { return error.resultCode == .SQLITE_FULL }
        return isFileWriteOutOfSpace(error)
    }

    /// Whether `error` is a file write that met ENOSPC or EDQUOT, whichever engine the store runs on (a
    /// label or certificate written by the service); both engines' `isDiskFull` ask it.
    package static func isFileWriteOutOfSpace(_ error: any Error) -> Bool {
        // By domain and code: the same for a POSIXError, a CocoaError and a plain NSError from Foundation.
        let bridged = error as NSError
        switch bridged.domain {
        case NSPOSIXErrorDomain:
            return bridged.code == Int(ENOSPC) || bridged.code == Int(EDQUOT)
        case NSCocoaErrorDomain:
            if bridged.code == CocoaError.fileWriteOutOfSpace.rawValue { return true }
            return (bridged.userInfo[NSUnderlyingErrorKey] as? any Error).map(isFileWriteOutOfSpace) ?? false
        default:
            return false
        }
    }
}
