#include "CNcursesShim.h"
void cdshim_placeholder(void) {}
