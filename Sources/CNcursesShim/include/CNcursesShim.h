#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#include <ncursesw/ncurses.h>
#include <stdio.h>
#include <wchar.h>
void cdshim_placeholder(void);
#endif
