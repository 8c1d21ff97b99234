/* The library's data files, compiled into the program with #embed (C23; clang's preprocessor
 * accepts it in earlier modes as an extension, hence the pragma: a library target cannot pass
 * -std=c23 or -Wno-... flags). One #embed line per file: its bytes become one `.byte` list, and
 * its `prefix` and `suffix` (BEGIN, END) put the symbols commune_health_NAME and
 * commune_health_NAME_end around them (declared in CommuneHealthResources.h). A file must not be
 * empty: #embed then drops prefix and suffix, and the program does not link. The files stay
 * beside the Swift code that reads them; Package.swift excludes them from the CommuneHealth
 * target. Paths are relative to this file.
 *
 * Why assembly and not C: this file only goes through the C preprocessor, so no C compile unit
 * is made. A C file compiled with `-g` (as SwiftPM does, release included) gets DWARF 5 debug
 * information with forms that valgrind 3.19 cannot read, and callgrind then refuses the whole
 * program (the start-up goal of Benchmarks/README.md is measured with it).
 *
 * Rebuilding: the preprocessor lists every #embed'ed file in the dependency file it writes for
 * this object, so `swift build` assembles it again when one of them changes (checked by touching
 * who2006-wfh.tsv and rebuilding: resources.S was assembled again and the program relinked). */

#pragma clang diagnostic ignored "-Wc23-extensions"

#if defined(__APPLE__)
#define SYMBOL(name) _commune_health_##name
#else
#define SYMBOL(name) commune_health_##name
#endif
/* `;` separates statements on one line, except in Apple's arm64 syntax, where it starts a
 * comment (not built here: only Linux is). */
#if defined(__APPLE__) && defined(__aarch64__)
#define SEPARATOR %%
#else
#define SEPARATOR ;
#endif
#define BEGIN(name) SEPARATOR .globl SYMBOL(name), SYMBOL(name##_end) SEPARATOR SYMBOL(name): .byte
#define END(name) SEPARATOR SYMBOL(name##_end): SEPARATOR

#if defined(__APPLE__)
    .section __TEXT,__const
#else
    .section .rodata
#endif
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-lhfa-daily.tsv" prefix(BEGIN(who2006_lhfa_daily)) suffix(END(who2006_lhfa_daily))
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-wfa-daily.tsv" prefix(BEGIN(who2006_wfa_daily)) suffix(END(who2006_wfa_daily))
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-wfl.tsv" prefix(BEGIN(who2006_wfl)) suffix(END(who2006_wfl))
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-wfh.tsv" prefix(BEGIN(who2006_wfh)) suffix(END(who2006_wfh))
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-bfa-daily.tsv" prefix(BEGIN(who2006_bfa_daily)) suffix(END(who2006_bfa_daily))
#embed "../CommuneHealth/Reading/Resources/health-station-export-v1.xsd" prefix(BEGIN(export_schema_v1)) suffix(END(export_schema_v1))
#embed "../CommuneHealth/Geography/Resources/vn-communes-2025-crosswalk.csv" prefix(BEGIN(communes_crosswalk)) suffix(END(communes_crosswalk))
#embed "../CommuneHealth/Unicode/Resources/canonical-decompositions.txt" prefix(BEGIN(canonical_decompositions)) suffix(END(canonical_decompositions))

#if defined(__ELF__)
    .section .note.GNU-stack,"",@progbits
#endif
