#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

// What Swift cannot import from ncurses (macros, mutable globals) plus the process-level plumbing
// (signal flags, an atexit restore) that must live in C to be async-signal-safe.
#define NCURSES_WIDECHAR 1
#include <ncursesw/ncurses.h>
#include <stdio.h>
#include <wchar.h>

// Attributes (A_* are macros built from NCURSES_BITS).
attr_t cdshim_attr_normal(void);
attr_t cdshim_attr_bold(void);
attr_t cdshim_attr_dim(void);
attr_t cdshim_attr_underline(void);
attr_t cdshim_attr_reverse(void);
attr_t cdshim_attr_blink(void);
attr_t cdshim_attr_italic(void);
attr_t cdshim_color_pair(int pair);

// Key codes.
int cdshim_key_f(int n);
int cdshim_key_code_yes(void);

// Mouse (BUTTONn_* and ALL_MOUSE_EVENTS are macros). The button bits of one MEVENT's bstate, decoded in C.
enum {
    CDSHIM_MOUSE_NONE = 0, CDSHIM_MOUSE_PRESS = 1, CDSHIM_MOUSE_RELEASE = 2, CDSHIM_MOUSE_WHEEL_UP = 3,
    CDSHIM_MOUSE_WHEEL_DOWN = 4, CDSHIM_MOUSE_MOVE = 5
};
/// Turns mouse reporting on (clicks and the wheel, no drag tracking) with no click-interval delay, or off.
/// Returns 1 when the terminal reports the mouse.
int cdshim_enable_mouse(int on);
/// Reads the pending KEY_MOUSE: kind (CDSHIM_MOUSE_*), button 1-3 (0 for none), column and row. 0 on success.
int cdshim_get_mouse(int *kind, int *button, int *x, int *y);

/// Accessible mode: forgets the terminal's smcup/rmcup so the screen stays the normal one (no alternate
/// screen); call after newterm, before the first refresh.
void cdshim_drop_alternate_screen(void);

// Globals Swift 6 rejects as not concurrency-safe.
int cdshim_colors(void);
int cdshim_color_pairs(void);
int cdshim_getmaxx(WINDOW *win);
int cdshim_getmaxy(WINDOW *win);
WINDOW *cdshim_stdscr(void);
FILE *cdshim_stdout(void);
FILE *cdshim_stdin(void);

// Signals. Handlers only set flags; the event loop reads them.
enum { CDSHIM_SIG_NONE = 0, CDSHIM_SIG_TERMINATE = 1, CDSHIM_SIG_HANGUP = 2, CDSHIM_SIG_SUSPEND = 3 };
/// Installs SIGINT/SIGTERM/SIGHUP/SIGTSTP handlers without SA_RESTART, so a blocking read is interrupted.
int cdshim_install_signal_handlers(void);
void cdshim_restore_signal_handlers(void);
/// Returns and clears the most urgent pending signal (terminate > hangup > suspend).
int cdshim_take_signal(void);
/// Stops the process as Ctrl-Z would (default SIGTSTP action), returning after SIGCONT.
void cdshim_suspend_self(void);

// Terminal restore on exit. The registered screen is erased and ended by an atexit hook unless released first.
/// Returns 0 on success, -1 if another screen is already registered.
int cdshim_register_screen(SCREEN *screen, WINDOW *window);
/// Erases the screen and calls endwin once; later calls do nothing. Safe from atexit.
void cdshim_restore_screen(void);
int cdshim_has_screen(void);

// Crash restore. A Swift trap (SIGILL/SIGTRAP), abort or segfault never runs atexit, so these handlers
// write precomputed terminfo strings (clear screen, leave alternate screen, show cursor) and the saved tty
// modes with async-signal-safe calls only, then hand the signal to whatever handler was there before
// (e.g. Swift's backtracer).
/// Call before newterm: remembers the shell's tty modes for `fd`.
void cdshim_save_shell_tty(int fd);
/// Call after newterm: captures the terminfo strings and installs the crash handlers.
void cdshim_install_crash_restore(int out_fd, int in_fd);
void cdshim_remove_crash_restore(void);

// Misc.
/// Clears IXON so Ctrl-S / Ctrl-Q reach the app instead of freezing output; fd is the input terminal.
void cdshim_disable_flow_control(int fd);
/// 1 when the input has hit end-of-file or hang-up (poll reports HUP/ERR, or readable with 0 bytes),
/// 0 when it is open, -1 when it cannot tell (readable, but FIONREAD unsupported).
int cdshim_input_closed(int fd);
/// 1 when LC_CTYPE's codeset is UTF-8.
int cdshim_locale_is_utf8(void);
/// 1 when the current terminal's terminfo entry can move the cursor to a row and column (`cup`); TERM=dumb cannot.
int cdshim_can_address_cursor(void);
int cdshim_errno(void);
int cdshim_eintr(void);

#endif
