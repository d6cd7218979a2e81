// libxml2's HTML parser and tree (Debian: libxml2-dev; pkg-config libxml-2.0 gives the include path).
//
// Debian's libxml2 is built with ICU, and its encoding header then includes the system's ICU headers, whose
// definitions clash with the ICU that Foundation carries (`_FoundationICU`). Nothing here uses libxml2's ICU
// converter (its fields are only in a struct this package never touches), so the switch is turned off before the
// headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
