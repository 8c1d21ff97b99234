#ifndef COMMUNE_HEALTH_CLIBXML2_SHIM_H
#define COMMUNE_HEALTH_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; its ICU headers clash with the ICU copy inside Foundation.
 * Only pointers to the structures that hold ICU converters are used from Swift, never their
 * fields, so the declarations are read without them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlmemory.h>
#include <libxml/dict.h>

/* xmlFree is a global function pointer; Swift 6 treats it as shared mutable state. */
static inline void commune_health_xml_free(void *pointer) { xmlFree(pointer); }

#endif
