private import CommuneHealthResources

// The one file that touches the C target CommuneHealthResources: the library's data files are
// compiled into the program (`#embed`, Sources/CommuneHealthResources/resources.S), not copied
// beside it, so nothing is read from disk at run time and no `Bundle` (Foundation) is needed.
// Other files get the bytes as a read-only view, valid for the whole run.

/// A data file of the library, compiled into the program.
enum EmbeddedResource: CaseIterable {
    case lengthHeightForAge, weightForAge, weightForLength, weightForHeight, bmiForAge
    case exportSchemaV1
    case communeCrosswalk
    case canonicalDecompositions

    /// The file's bytes: static data of the program, never freed or written.
    var bytes: UnsafeRawBufferPointer {
        var count = 0
        let base = commune_health_resource_bytes(cResource, &count)
        return UnsafeRawBufferPointer(start: base, count: count)
    }

    /// The resource named as its file is, without extension (`who2006-wfa-daily`), if any.
    init?(fileName: String) {
        switch fileName {
        case "who2006-lhfa-daily": self = .lengthHeightForAge
        case "who2006-wfa-daily": self = .weightForAge
        case "who2006-wfl": self = .weightForLength
        case "who2006-wfh": self = .weightForHeight
        case "who2006-bfa-daily": self = .bmiForAge
        case "health-station-export-v1": self = .exportSchemaV1
        case "vn-communes-2025-crosswalk": self = .communeCrosswalk
        case "canonical-decompositions": self = .canonicalDecompositions
        default: return nil
        }
    }

    private var cResource: commune_health_resource {
        switch self {
        case .lengthHeightForAge: commune_health_resource_who2006_lhfa_daily
        case .weightForAge: commune_health_resource_who2006_wfa_daily
        case .weightForLength: commune_health_resource_who2006_wfl
        case .weightForHeight: commune_health_resource_who2006_wfh
        case .bmiForAge: commune_health_resource_who2006_bfa_daily
        case .exportSchemaV1: commune_health_resource_export_schema_v1
        case .communeCrosswalk: commune_health_resource_communes_crosswalk
        case .canonicalDecompositions: commune_health_resource_canonical_decompositions
        }
    }
}
