/* The library's data files, embedded with #embed (C23; clang accepts it in earlier modes as an
 * extension, hence the pragma: a library target cannot pass -std=c23 or -Wno-... flags).
 * The files stay beside the Swift code that reads them; Package.swift excludes them from the
 * CommuneHealth target. Paths are relative to this file.
 *
 * Rebuilding: clang lists every #embed'ed file in the dependency file it writes for this object,
 * so `swift build` recompiles this file when one of them changes (checked by touching
 * who2006-wfh.tsv and rebuilding: resources.c was compiled again and the program relinked). */

#include "CommuneHealthResources.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

static const unsigned char who2006_lhfa_daily[] = {
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-lhfa-daily.tsv"
};
static const unsigned char who2006_wfa_daily[] = {
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-wfa-daily.tsv"
};
static const unsigned char who2006_wfl[] = {
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-wfl.tsv"
};
static const unsigned char who2006_wfh[] = {
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-wfh.tsv"
};
static const unsigned char who2006_bfa_daily[] = {
#embed "../CommuneHealth/GrowthStandards/Resources/who2006-bfa-daily.tsv"
};
static const unsigned char export_schema_v1[] = {
#embed "../CommuneHealth/Reading/Resources/health-station-export-v1.xsd"
};
static const unsigned char communes_crosswalk[] = {
#embed "../CommuneHealth/Geography/Resources/vn-communes-2025-crosswalk.csv"
};
static const unsigned char canonical_decompositions[] = {
#embed "../CommuneHealth/Unicode/Resources/canonical-decompositions.txt"
};

#define RESOURCE(name) \
    case commune_health_resource_##name: *count = sizeof name; return name;

const unsigned char *commune_health_resource_bytes(commune_health_resource resource, size_t *count) {
    switch (resource) {
    RESOURCE(who2006_lhfa_daily)
    RESOURCE(who2006_wfa_daily)
    RESOURCE(who2006_wfl)
    RESOURCE(who2006_wfh)
    RESOURCE(who2006_bfa_daily)
    RESOURCE(export_schema_v1)
    RESOURCE(communes_crosswalk)
    RESOURCE(canonical_decompositions)
    }
    *count = 0;
    return NULL;
}
