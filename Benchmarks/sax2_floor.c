/* The floor for reading a province: libxml2's SAX2 push parser with a handler that only counts
 * start tags, fed the same 256 KiB chunks as commune-health. Nothing it does can be skipped by a
 * reader that must see every element, so commune-health's time over this is its own cost.
 *
 *   cc -O2 sax2_floor.c $(pkg-config --cflags --libs libxml-2.0) -o sax2_floor
 *   ./sax2_floor FILE...          prints the number of elements read */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <libxml/parser.h>

static long elements;

static void count_start(void *context, const xmlChar *local_name, const xmlChar *prefix,
                        const xmlChar *uri, int namespace_count, const xmlChar **namespaces,
                        int attribute_count, int defaulted_count, const xmlChar **attributes) {
    (void)context; (void)local_name; (void)prefix; (void)uri; (void)namespace_count;
    (void)namespaces; (void)attribute_count; (void)defaulted_count; (void)attributes;
    elements++;
}

int main(int argc, char **argv) {
    static char buffer[256 * 1024];
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = count_start;
    for (int index = 1; index < argc; index++) {
        int descriptor = open(argv[index], O_RDONLY);
        if (descriptor < 0) { perror(argv[index]); return 1; }
        ssize_t count = read(descriptor, buffer, 4);
        xmlParserCtxtPtr context = xmlCreatePushParserCtxt(&sax, NULL, buffer, count > 0 ? (int)count : 0, argv[index]);
        xmlCtxtUseOptions(context, XML_PARSE_NONET);
        while ((count = read(descriptor, buffer, sizeof buffer)) > 0) xmlParseChunk(context, buffer, (int)count, 0);
        xmlParseChunk(context, NULL, 0, 1);
        xmlFreeParserCtxt(context);
        close(descriptor);
    }
    printf("%ld\n", elements);
    return 0;
}
