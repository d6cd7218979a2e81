// libarchive's reading and writing API (Debian: libarchive-dev).
#include <archive.h>
#include <archive_entry.h>
