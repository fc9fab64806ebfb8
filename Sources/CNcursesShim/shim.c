#define _GNU_SOURCE
#include "CNcursesShim.h"
#include <ncursesw/term.h>

#include <errno.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

attr_t cdshim_attr_normal(void) { return A_NORMAL; }
attr_t cdshim_attr_bold(void) { return A_BOLD; }
attr_t cdshim_attr_dim(void) { return A_DIM; }
attr_t cdshim_attr_underline(void) { return A_UNDERLINE; }
attr_t cdshim_attr_reverse(void) { return A_REVERSE; }
attr_t cdshim_attr_blink(void) { return A_BLINK; }
attr_t cdshim_attr_italic(void) { return A_ITALIC; }
attr_t cdshim_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

int cdshim_key_f(int n) { return KEY_F(n); }
int cdshim_key_code_yes(void) { return KEY_CODE_YES; }

int cdshim_enable_mouse(int on) {
    mmask_t wanted = on ? (ALL_MOUSE_EVENTS) : 0;
    mmask_t old = 0;
    mmask_t got = mousemask(wanted, &old);
    mouseinterval(0);
    return got != 0;
}

int cdshim_get_mouse(int *kind, int *button, int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    mmask_t s = event.bstate;
    *x = event.x;
    *y = event.y;
    *button = 0;
    *kind = CDSHIM_MOUSE_NONE;
    if (s & BUTTON4_PRESSED) { *kind = CDSHIM_MOUSE_WHEEL_UP; return 0; }
#ifdef BUTTON5_PRESSED
    if (s & BUTTON5_PRESSED) { *kind = CDSHIM_MOUSE_WHEEL_DOWN; return 0; }
#endif
    static const mmask_t press[3] = {BUTTON1_PRESSED | BUTTON1_CLICKED, BUTTON2_PRESSED | BUTTON2_CLICKED,
                                     BUTTON3_PRESSED | BUTTON3_CLICKED};
    static const mmask_t release[3] = {BUTTON1_RELEASED, BUTTON2_RELEASED, BUTTON3_RELEASED};
    for (int i = 0; i < 3; i++) {
        if (s & press[i]) { *kind = CDSHIM_MOUSE_PRESS; *button = i + 1; return 0; }
        if (s & release[i]) { *kind = CDSHIM_MOUSE_RELEASE; *button = i + 1; return 0; }
    }
    if (s & REPORT_MOUSE_POSITION) *kind = CDSHIM_MOUSE_MOVE;
    return 0;
}

void cdshim_drop_alternate_screen(void) {
    if (cur_term == NULL) return;
    // newterm has already queued the switch to the alternate screen: endwin sends it back (through ncurses'
    // own buffer, so in order). Then both strings are emptied where ncurses reads them (tigetstr points into
    // the extended copy the library uses; the macros name the other), so resuming stays on the normal screen.
    endwin();
    const char *names[] = {"smcup", "rmcup"};
    for (int i = 0; i < 2; i++) {
        char *text = tigetstr(names[i]);
        if (text != NULL && text != (char *)-1) text[0] = '\0';
    }
    enter_ca_mode = NULL;
    exit_ca_mode = NULL;
}

int cdshim_colors(void) { return COLORS; }
int cdshim_color_pairs(void) { return COLOR_PAIRS; }
int cdshim_getmaxx(WINDOW *win) { return win ? getmaxx(win) : 0; }
int cdshim_getmaxy(WINDOW *win) { return win ? getmaxy(win) : 0; }
WINDOW *cdshim_stdscr(void) { return stdscr; }
FILE *cdshim_stdout(void) { return stdout; }
FILE *cdshim_stdin(void) { return stdin; }

// MARK: signals

static volatile sig_atomic_t pending_terminate = 0;
static volatile sig_atomic_t pending_hangup = 0;
static volatile sig_atomic_t pending_suspend = 0;
static struct sigaction saved_int, saved_term, saved_hup, saved_tstp;
static int handlers_installed = 0;

static void on_signal(int sig) {
    switch (sig) {
    case SIGHUP: pending_hangup = 1; break;
    case SIGTSTP: pending_suspend = 1; break;
    default: pending_terminate = 1; break;
    }
}

int cdshim_install_signal_handlers(void) {
    if (handlers_installed) return 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: interrupt the blocking read so the loop sees the flag at once
    if (sigaction(SIGINT, &sa, &saved_int) != 0) return -1;
    if (sigaction(SIGTERM, &sa, &saved_term) != 0) return -1;
    if (sigaction(SIGHUP, &sa, &saved_hup) != 0) return -1;
    if (sigaction(SIGTSTP, &sa, &saved_tstp) != 0) return -1;
    handlers_installed = 1;
    return 0;
}

void cdshim_restore_signal_handlers(void) {
    if (!handlers_installed) return;
    sigaction(SIGINT, &saved_int, NULL);
    sigaction(SIGTERM, &saved_term, NULL);
    sigaction(SIGHUP, &saved_hup, NULL);
    sigaction(SIGTSTP, &saved_tstp, NULL);
    handlers_installed = 0;
}

int cdshim_take_signal(void) {
    if (pending_terminate) { pending_terminate = 0; return CDSHIM_SIG_TERMINATE; }
    if (pending_hangup) { pending_hangup = 0; return CDSHIM_SIG_HANGUP; }
    if (pending_suspend) { pending_suspend = 0; return CDSHIM_SIG_SUSPEND; }
    return CDSHIM_SIG_NONE;
}

void cdshim_suspend_self(void) {
    struct sigaction dfl, ours;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &ours);
    // SIGTSTP may be blocked in this thread; make sure it is deliverable, then stop until SIGCONT.
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, &old);
    raise(SIGTSTP);
    sigprocmask(SIG_SETMASK, &old, NULL);
    sigaction(SIGTSTP, &ours, NULL);
}

// MARK: restore on exit

static SCREEN *active_screen = NULL;
static WINDOW *active_window = NULL;
static int atexit_registered = 0;

static void restore_at_exit(void) { cdshim_restore_screen(); }

int cdshim_register_screen(SCREEN *screen, WINDOW *window) {
    if (active_screen != NULL) return -1;
    active_screen = screen;
    active_window = window;
    if (!atexit_registered) {
        atexit(restore_at_exit);
        atexit_registered = 1;
    }
    return 0;
}

void cdshim_restore_screen(void) {
    if (active_screen == NULL) return;
    SCREEN *screen = active_screen;
    WINDOW *window = active_window;
    active_screen = NULL;
    active_window = NULL;
    set_term(screen);
    // Blank the screen first so nothing (patient data) remains on the alternate screen or in scrollback.
    if (window) {
        werase(window);
        wnoutrefresh(window);
        doupdate();
    }
    endwin();
    delscreen(screen);
    cdshim_restore_signal_handlers();
    cdshim_remove_crash_restore();
}

int cdshim_has_screen(void) { return active_screen != NULL; }

// MARK: crash restore

static struct termios shell_tty;
static int shell_tty_saved = 0;
static char crash_bytes[512];
static size_t crash_len = 0;
static int crash_out_fd = -1;
static int crash_in_fd = -1;
static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
#define CRASH_SIGNAL_COUNT (sizeof crash_signals / sizeof crash_signals[0])
static struct sigaction crash_saved[CRASH_SIGNAL_COUNT];
static int crash_installed = 0;

void cdshim_save_shell_tty(int fd) {
    shell_tty_saved = (isatty(fd) && tcgetattr(fd, &shell_tty) == 0);
}

static void append_cap(const char *name) {
    char *cap = tigetstr(name);
    if (cap == NULL || cap == (char *)-1) return;
    size_t n = strlen(cap);
    if (crash_len + n >= sizeof crash_bytes) return;
    memcpy(crash_bytes + crash_len, cap, n);
    crash_len += n;
}

static void on_crash(int sig) {
    if (crash_out_fd >= 0 && crash_len > 0) {
        ssize_t ignored = write(crash_out_fd, crash_bytes, crash_len);
        (void)ignored;
    }
    if (shell_tty_saved && crash_in_fd >= 0) tcsetattr(crash_in_fd, TCSANOW, &shell_tty);
    for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) {
        if (crash_signals[i] == sig) sigaction(sig, &crash_saved[i], NULL);
    }
    // Delivered to the previous handler once this one returns (a fault would also re-trigger).
    raise(sig);
}

void cdshim_install_crash_restore(int out_fd, int in_fd) {
    crash_len = 0;
    append_cap("sgr0");
    append_cap("clear");
    append_cap("rmcup");
    append_cap("cnorm");
    append_cap("rmkx");
    crash_out_fd = out_fd;
    crash_in_fd = in_fd;
    if (crash_installed) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_crash;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) sigaction(crash_signals[i], &sa, &crash_saved[i]);
    crash_installed = 1;
}

void cdshim_remove_crash_restore(void) {
    if (!crash_installed) return;
    for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) sigaction(crash_signals[i], &crash_saved[i], NULL);
    crash_installed = 0;
    crash_out_fd = -1;
}

// MARK: misc

void cdshim_disable_flow_control(int fd) {
    struct termios t;
    if (tcgetattr(fd, &t) != 0) return;
    t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    tcsetattr(fd, TCSANOW, &t);
}

int cdshim_input_closed(int fd) {
    struct pollfd p = { .fd = fd, .events = POLLIN, .revents = 0 };
    int r = poll(&p, 1, 0);
    if (r < 0) return errno == EINTR ? 0 : 1;
    if (r == 0) return 0;
    if (p.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
    if (p.revents & POLLIN) {
        int available = 0;
        if (ioctl(fd, FIONREAD, &available) != 0) return -1;
        if (available == 0) return 1;
    }
    return 0;
}

int cdshim_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int cdshim_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

int cdshim_errno(void) { return errno; }
int cdshim_eintr(void) { return EINTR; }
