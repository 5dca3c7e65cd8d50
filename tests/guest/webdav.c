/* vireo-webdav [-w SECONDS] METHOD PATH [BODY]: one HTTP request to the folder the SPICE client shares, over
 * the WebDAV port (org.spice-space.webdav.0), as the guest's spice-webdavd would pass it on.
 * The port carries many clients at once: each piece is the client's number (64-bit), its length
 * (16-bit), both little-endian, then the bytes; a piece of length 0 from the host ends a client.
 * Prints the host's answer (status line, headers, body) and exits 0 once it has ended; waits for
 * the host side (a console sharing a folder) up to SECONDS (10), else says so and exits 1. */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "vport.h"

static sigset_t sigio;

/* Whether the host side has the port open, waiting for it up to `seconds`: virtio_console sends
 * SIGIO when the host opens the port, and poll reports POLLHUP while it is closed. */
static int host_connected(int port, int seconds)
{
    const time_t until = time(NULL) + seconds;
    for (;;) {
        struct pollfd p = {port, POLLOUT, 0};
        poll(&p, 1, 0);
        if (!(p.revents & POLLHUP))
            return 1;
        const time_t now = time(NULL);
        if (now >= until)
            return 0;
        const struct timespec limit = {until - now, 0};
        sigtimedwait(&sigio, NULL, &limit);
    }
}

static int read_full(int fd, void *buffer, size_t size)
{
    char *p = buffer;
    while (size > 0) {
        ssize_t n = read(fd, p, size);
        if (n < 0)
            return -1;
        if (n == 0) { /* the host side went: its answer will not come */
            printf("\nVIREO-WEBDAV the host side closed\n");
            return -1;
        }
        p += n;
        size -= (size_t)n;
    }
    return 0;
}

static void put_le(unsigned char *p, uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        p[i] = (unsigned char)(value >> (8 * i));
}

static uint64_t get_le(const unsigned char *p, int bytes)
{
    uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = value << 8 | p[i];
    return value;
}

int main(int argc, char **argv)
{
    int wait = 10;
    if (argc > 2 && strcmp(argv[1], "-w") == 0) {
        wait = atoi(argv[2]);
        argv += 2;
        argc -= 2;
    }
    if (argc < 3) {
        fprintf(stderr, "usage: vireo-webdav [-w SECONDS] METHOD PATH [BODY]\n");
        return 2;
    }
    alarm(wait + 30);
    int port = open_virtio_port("org.spice-space.webdav.0");
    if (port < 0) {
        printf("VIREO-WEBDAV no org.spice-space.webdav.0 port\n");
        return 1;
    }
    sigemptyset(&sigio);
    sigaddset(&sigio, SIGIO);
    sigprocmask(SIG_BLOCK, &sigio, NULL);
    fcntl(port, F_SETOWN, getpid());
    fcntl(port, F_SETFL, fcntl(port, F_GETFL) | O_ASYNC);
    if (!host_connected(port, wait)) {
        printf("VIREO-WEBDAV no folder is shared (the host side is closed)\n");
        return 1;
    }
    const char *body = argc > 3 ? argv[3] : "";
    static char request[60000];
    int length = snprintf(request, sizeof request,
                          "%s %s HTTP/1.1\r\nHost: localhost\r\nContent-Length: %zu\r\n"
                          "Connection: close\r\n\r\n%s",
                          argv[1], argv[2], strlen(body), body);
    const uint64_t client = (uint64_t)getpid();
    unsigned char header[10];
    put_le(header, client, 8);
    put_le(header + 8, (uint64_t)length, 2);
    if (write(port, header, sizeof header) != sizeof header || write(port, request, length) != length) {
        printf("VIREO-WEBDAV cannot write to the port\n");
        return 1;
    }
    static unsigned char data[65536];
    for (;;) {
        if (read_full(port, header, sizeof header) < 0)
            return 1;
        const uint64_t from = get_le(header, 8);
        const size_t size = (size_t)get_le(header + 8, 2);
        if (size > 0 && read_full(port, data, size) < 0)
            return 1;
        if (from != client)
            continue;
        if (size == 0)
            break;
        fwrite(data, 1, size, stdout);
    }
    printf("\nVIREO-WEBDAV end\n");
    return 0;
}
