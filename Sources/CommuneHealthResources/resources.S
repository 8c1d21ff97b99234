/* The library's data files, compiled into the program with #embed (C23; clang's preprocessor
 * accepts it in earlier modes as an extension, hence the pragma: a library target cannot pass
 * -std=c23 or -Wno-... flags). Each file becomes the bytes between two symbols,
 * commune_health_NAME and commune_health_NAME_end, declared in CommuneHealthResources.h. The
 * files stay beside the Swift code that reads them; Package.swift excludes them from the
 * CommuneHealth target. Paths are relative to this file.
 *
 * Why assembly and not C: the file is only run through the C preprocessor (#embed writes the
 * bytes as one `.byte` list; `;` ends the statement), so no C compile unit is made. A C file
 * compiled with `-g` (as SwiftPM does, release included) gets DWARF 5 debug information with
 * forms that valgrind 3.19 cannot read: callgrind then refuses the whole program (the start-up
 * goal of Benchmarks/README.md is measured with it).
 *
 * Rebuilding: the preprocessor lists every #embed'ed file in the dependency file it writes for
 * this object, so `swift build` assembles it again when one of them changes (checked by touching
 * who2006-wfh.tsv and rebuilding: resources.S was assembled again and the program relinked). */

#pragma clang diagnostic ignored "-Wc23-extensions"

#if defined(__APPLE__)
#define SYMBOL(name) _commune_health_##name
    .section __TEXT,__const
#else
#define SYMBOL(name) commune_health_##name
    .section .rodata
#endif

    .globl SYMBOL(who2006_lhfa_daily), SYMBOL(who2006_lhfa_daily_end)
SYMBOL(who2006_lhfa_daily):
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-lhfa-daily.tsv" prefix(.byte ) suffix(;)
SYMBOL(who2006_lhfa_daily_end):

    .globl SYMBOL(who2006_wfa_daily), SYMBOL(who2006_wfa_daily_end)
SYMBOL(who2006_wfa_daily):
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-wfa-daily.tsv" prefix(.byte ) suffix(;)
SYMBOL(who2006_wfa_daily_end):

    .globl SYMBOL(who2006_wfl), SYMBOL(who2006_wfl_end)
SYMBOL(who2006_wfl):
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-wfl.tsv" prefix(.byte ) suffix(;)
SYMBOL(who2006_wfl_end):

    .globl SYMBOL(who2006_wfh), SYMBOL(who2006_wfh_end)
SYMBOL(who2006_wfh):
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-wfh.tsv" prefix(.byte ) suffix(;)
SYMBOL(who2006_wfh_end):

    .globl SYMBOL(who2006_bfa_daily), SYMBOL(who2006_bfa_daily_end)
SYMBOL(who2006_bfa_daily):
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-bfa-daily.tsv" prefix(.byte ) suffix(;)
SYMBOL(who2006_bfa_daily_end):

    .globl SYMBOL(export_schema_v1), SYMBOL(export_schema_v1_end)
SYMBOL(export_schema_v1):
#embed "../CommuneHealth/Reading/Resources/health-station-export-v1.xsd" prefix(.byte ) suffix(;)
SYMBOL(export_schema_v1_end):

    .globl SYMBOL(communes_crosswalk), SYMBOL(communes_crosswalk_end)
SYMBOL(communes_crosswalk):
#embed "../CommuneHealth/Geography/Resources/vn-communes-2025-crosswalk.csv" prefix(.byte ) suffix(;)
SYMBOL(communes_crosswalk_end):

    .globl SYMBOL(canonical_decompositions), SYMBOL(canonical_decompositions_end)
SYMBOL(canonical_decompositions):
#embed "../CommuneHealth/Unicode/Resources/canonical-decompositions.txt" prefix(.byte ) suffix(;)
SYMBOL(canonical_decompositions_end):

#if defined(__ELF__)
    .section .note.GNU-stack,"",@progbits
#endif
