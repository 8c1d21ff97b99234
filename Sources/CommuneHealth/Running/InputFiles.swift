#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A PATH given on the command line that does not exist.
public struct MissingPathError: Error, CustomStringConvertible {
    public var path: String
    /// The English message (Reports/Text/English.swift).
    public var description: String { Labels(.en)[.failure(.missingPath(path))] }
}

/// Finds the exports to read: files given by name, and `*.xml` under folders, recursively.
public enum InputFiles {
    /// The files for `paths`, each folder's files in byte order of their paths, without repeats.
    ///
    /// Symbolic links to folders are followed once; a link that leads back into a folder already
    /// walked is skipped, so a loop cannot make the walk endless.
    /// - Throws: `MissingPathError` for a path that does not exist.
    public static func collect(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        var seenFiles = Set<String>()
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { throw MissingPathError(path: path) }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited = Set<FileIdentity>()
                var found: [String] = []
                walk(path, into: &found, visited: &visited)
                for file in found.sorted() where seenFiles.insert(file).inserted { files.append(file) }
            } else if seenFiles.insert(path).inserted {
                files.append(path)
            }
        }
        return files
    }

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private static func walk(_ folder: String, into found: inout [String], visited: inout Set<FileIdentity>) {
        var info = stat()
        guard stat(folder, &info) == 0,
              visited.insert(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted,
              let directory = opendir(folder) else { return }
        var entries: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(directory) {
            // glibc allocates each entry only as long as its name: read the name in place, never
            // copy the whole 256-byte field (AddressSanitizer caught that overread).
            let name = withUnsafeMutablePointer(to: &entry.pointee.d_name) { field in
                field.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: field.pointee)) {
                    String(cString: $0)
                }
            }
            if name == "." || name == ".." { continue }
            let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var childInfo = stat()
            // A dangling link or an unreadable entry is still listed if it looks like an export,
            // so that reading it reports the problem instead of skipping it silently.
            if stat(child, &childInfo) == 0 && (childInfo.st_mode & S_IFMT) == S_IFDIR {
                entries.append((child, true))
            } else if name.hasSuffix(".xml") {
                entries.append((child, false))
            }
        }
        closedir(directory)
        for entry in entries {
            if entry.isFolder { walk(entry.name, into: &found, visited: &visited) } else { found.append(entry.name) }
        }
    }
}
