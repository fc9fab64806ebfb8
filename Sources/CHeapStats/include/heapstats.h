#ifndef CLINICDESK_HEAPSTATS_H
#define CLINICDESK_HEAPSTATS_H
#include <stddef.h>

/// Bytes currently allocated with malloc, over every arena (glibc mallinfo2's uordblks + hblkhd). For the
/// command-cost benchmark: Swift's Glibc module does not expose <malloc.h>.
size_t clinicdesk_heap_allocated_bytes(void);

#endif
