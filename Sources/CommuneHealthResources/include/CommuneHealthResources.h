#ifndef COMMUNE_HEALTH_RESOURCES_H
#define COMMUNE_HEALTH_RESOURCES_H

/* The data files of the CommuneHealth library, compiled into the program (resources.S), so that
 * nothing is looked up on disk at run time and the library needs no Bundle (hence no Foundation).
 * Only Sources/CommuneHealth/Resources/EmbeddedResources.swift uses these declarations. */

#include <stddef.h>

typedef enum {
    commune_health_resource_who2006_lhfa_daily,
    commune_health_resource_who2006_wfa_daily,
    commune_health_resource_who2006_wfl,
    commune_health_resource_who2006_wfh,
    commune_health_resource_who2006_bfa_daily,
    commune_health_resource_export_schema_v1,
    commune_health_resource_communes_crosswalk,
    commune_health_resource_canonical_decompositions,
} commune_health_resource;

/* Each file's bytes lie from commune_health_NAME up to commune_health_NAME_end (resources.S). */
extern const unsigned char commune_health_who2006_lhfa_daily[], commune_health_who2006_lhfa_daily_end[];
extern const unsigned char commune_health_who2006_wfa_daily[], commune_health_who2006_wfa_daily_end[];
extern const unsigned char commune_health_who2006_wfl[], commune_health_who2006_wfl_end[];
extern const unsigned char commune_health_who2006_wfh[], commune_health_who2006_wfh_end[];
extern const unsigned char commune_health_who2006_bfa_daily[], commune_health_who2006_bfa_daily_end[];
extern const unsigned char commune_health_export_schema_v1[], commune_health_export_schema_v1_end[];
extern const unsigned char commune_health_communes_crosswalk[], commune_health_communes_crosswalk_end[];
extern const unsigned char commune_health_canonical_decompositions[], commune_health_canonical_decompositions_end[];

#define COMMUNE_HEALTH_RESOURCE_CASE(name) \
    case commune_health_resource_##name: \
        *count = (size_t)(commune_health_##name##_end - commune_health_##name); \
        return commune_health_##name;

/* The bytes of a resource: `*count` bytes at the returned address, valid for the whole run. */
static inline const unsigned char *commune_health_resource_bytes(commune_health_resource resource, size_t *count) {
    switch (resource) {
    COMMUNE_HEALTH_RESOURCE_CASE(who2006_lhfa_daily)
    COMMUNE_HEALTH_RESOURCE_CASE(who2006_wfa_daily)
    COMMUNE_HEALTH_RESOURCE_CASE(who2006_wfl)
    COMMUNE_HEALTH_RESOURCE_CASE(who2006_wfh)
    COMMUNE_HEALTH_RESOURCE_CASE(who2006_bfa_daily)
    COMMUNE_HEALTH_RESOURCE_CASE(export_schema_v1)
    COMMUNE_HEALTH_RESOURCE_CASE(communes_crosswalk)
    COMMUNE_HEALTH_RESOURCE_CASE(canonical_decompositions)
    }
    *count = 0;
    return NULL;
}

#endif
