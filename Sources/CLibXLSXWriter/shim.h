#ifndef COMMUNE_HEALTH_CLIBXLSXWRITER_SHIM_H
#define COMMUNE_HEALTH_CLIBXLSXWRITER_SHIM_H

/* libxlsxwriter (Debian's libxlsxwriter-dev, pkg-config module "xlsxwriter": -lxlsxwriter -lz).
 * Only Sources/CommuneHealth/Reports/XLSX/XLSXWorkbook.swift imports this module. */
#include <xlsxwriter.h>

#endif
