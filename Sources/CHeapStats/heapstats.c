#include "heapstats.h"
#include <malloc.h>

size_t clinicdesk_heap_allocated_bytes(void) {
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}
