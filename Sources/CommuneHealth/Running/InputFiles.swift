/// A PATH given on the command line that does not exist.
package struct MissingPathError: Error, CustomStringConvertible {
    package var path: String
    /// The English message (Text/English.swift).
    package var description: String { Labels(.en)[.failure(.missingPath(path))] }
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
            guard let status = FileSystem.status(path) else { throw MissingPathError(path: path) }
            if status.isFolder {
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
        guard let status = FileSystem.status(folder),
            visited.insert(FileIdentity(device: status.device, inode: status.inode)).inserted,
            let names = FileSystem.names(inFolder: folder)
        else { return }
        var entries: [(name: String, isFolder: Bool)] = []
        for name in names {
            let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            // A dangling link or an unreadable entry is still listed if it looks like an export,
            // so that reading it reports the problem instead of skipping it silently.
            if FileSystem.status(child)?.isFolder == true {
                entries.append((child, true))
            } else if name.hasSuffix(".xml") {
                entries.append((child, false))
            }
        }
        for entry in entries {
            if entry.isFolder { walk(entry.name, into: &found, visited: &visited) } else { found.append(entry.name) }
        }
    }
}
