#ifndef COMMUNE_HEALTH_RESOURCES_H
#define COMMUNE_HEALTH_RESOURCES_H

/* The data files of the CommuneHealth library, compiled into the program (resources.c), so that
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

/* The bytes of a resource: `*count` bytes at the returned address, valid for the whole run. */
const unsigned char *commune_health_resource_bytes(commune_health_resource resource, size_t *count);

#endif
