/* A tiny SPICE guest agent for Vireo's test guest: just enough of the vdagent protocol to test a
 * console's clipboard and "resize the guest to the window" end to end.
 *
 * It talks on the virtio-serial port com.redhat.spice.0 (a spicevmc channel) and reports on the
 * first serial port what the client sent:
 *   VIREO-AGENT CAPS                  the client announced its capabilities
 *   VIREO-MONITOR WxH                 a monitor configuration (the client wants this screen size)
 *   VIREO-CLIPBOARD-IN text           the client's clipboard text, asked for after its grab
 * Text written to the FIFO /run/vireo-clip becomes the guest's clipboard: the agent grabs the
 * clipboard for UTF-8 text and answers the client's request with it.
 *
 * Built static on the host by build-guest.sh; the structures come from spice-protocol's
 * vd_agent.h. Only the clipboard selection CLIPBOARD is known (no selection capability). */

#include <spice/vd_agent.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int port = -1;
static FILE *serial;
static char guest_text[4096];
static size_t guest_text_size;

static void report(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vfprintf(serial, format, args);
    va_end(args);
    fputc('\n', serial);
    fflush(serial);
}

static int write_all(const void *data, size_t size)
{
    const char *p = data;
    while (size > 0) {
        const ssize_t n = write(port, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        p += n;
        size -= (size_t)n;
    }
    return 0;
}

/* One message to the client, in one chunk (everything sent here is small). */
static void send_message(uint32_t type, const void *data, uint32_t size)
{
    VDIChunkHeader chunk = {VDP_CLIENT_PORT, (uint32_t)sizeof(VDAgentMessage) + size};
    VDAgentMessage message = {VD_AGENT_PROTOCOL, type, 0, size};
    write_all(&chunk, sizeof chunk);
    write_all(&message, sizeof message);
    if (size > 0)
        write_all(data, size);
}

static void announce(uint32_t request)
{
    struct
    {
        VDAgentAnnounceCapabilities head;
        uint32_t caps[VD_AGENT_CAPS_SIZE];
    } announce = {{request}, {0}};
    announce.caps[0] = (1u << VD_AGENT_CAP_MONITORS_CONFIG) | (1u << VD_AGENT_CAP_REPLY)
                       | (1u << VD_AGENT_CAP_CLIPBOARD_BY_DEMAND);
    send_message(VD_AGENT_ANNOUNCE_CAPABILITIES, &announce, sizeof announce);
}

static void handle(const VDAgentMessage *message, const uint8_t *data)
{
    switch (message->type) {
    case VD_AGENT_ANNOUNCE_CAPABILITIES: {
        const VDAgentAnnounceCapabilities *caps = (const void *)data;
        report("VIREO-AGENT CAPS");
        if (message->size >= sizeof *caps && caps->request)
            announce(0);
        break;
    }
    case VD_AGENT_MONITORS_CONFIG: {
        const VDAgentMonitorsConfig *config = (const void *)data;
        if (message->size >= sizeof *config + sizeof(VDAgentMonConfig)
            && config->num_of_monitors > 0)
            report("VIREO-MONITOR %ux%u", config->monitors[0].width, config->monitors[0].height);
        VDAgentReply reply = {VD_AGENT_MONITORS_CONFIG, VD_AGENT_SUCCESS};
        send_message(VD_AGENT_REPLY, &reply, sizeof reply);
        break;
    }
    case VD_AGENT_CLIPBOARD_GRAB: {
        const uint32_t *types = (const void *)data;
        for (uint32_t i = 0; i < message->size / sizeof(uint32_t); ++i) {
            if (types[i] == VD_AGENT_CLIPBOARD_UTF8_TEXT) {
                VDAgentClipboardRequest request = {VD_AGENT_CLIPBOARD_UTF8_TEXT};
                send_message(VD_AGENT_CLIPBOARD_REQUEST, &request, sizeof request);
                break;
            }
        }
        break;
    }
    case VD_AGENT_CLIPBOARD: {
        const VDAgentClipboard *clip = (const void *)data;
        if (message->size >= sizeof *clip && clip->type == VD_AGENT_CLIPBOARD_UTF8_TEXT)
            report("VIREO-CLIPBOARD-IN %.*s", (int)(message->size - sizeof *clip), clip->data);
        break;
    }
    case VD_AGENT_CLIPBOARD_REQUEST: {
        const VDAgentClipboardRequest *request = (const void *)data;
        if (message->size < sizeof *request || request->type != VD_AGENT_CLIPBOARD_UTF8_TEXT)
            break;
        static uint8_t reply[sizeof(VDAgentClipboard) + sizeof guest_text];
        VDAgentClipboard head = {VD_AGENT_CLIPBOARD_UTF8_TEXT};
        memcpy(reply, &head, sizeof head);
        memcpy(reply + sizeof head, guest_text, guest_text_size);
        send_message(VD_AGENT_CLIPBOARD, reply, (uint32_t)(sizeof head + guest_text_size));
        break;
    }
    default:
        break;
    }
}

static int open_port(void)
{
    DIR *dir = opendir("/sys/class/virtio-ports");
    struct dirent *entry;
    int fd = -1;
    while (dir && fd < 0 && (entry = readdir(dir))) {
        char path[512], name[128] = "";
        snprintf(path, sizeof path, "/sys/class/virtio-ports/%s/name", entry->d_name);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        if (fgets(name, sizeof name, f) && strncmp(name, "com.redhat.spice.0", 18) == 0) {
            snprintf(path, sizeof path, "/dev/%s", entry->d_name);
            fd = open(path, O_RDWR);
        }
        fclose(f);
    }
    if (dir)
        closedir(dir);
    return fd;
}

int main(void)
{
    serial = fopen("/dev/ttyS0", "w");
    if (!serial)
        serial = stderr;
    port = open_port();
    if (port < 0) {
        report("VIREO-AGENT no com.redhat.spice.0 port");
        return 1;
    }
    /* SIGIO stays blocked: it is only waited for, when the host side is closed. */
    sigset_t sigio;
    sigemptyset(&sigio);
    sigaddset(&sigio, SIGIO);
    sigprocmask(SIG_BLOCK, &sigio, NULL);
    fcntl(port, F_SETOWN, getpid());
    fcntl(port, F_SETFL, fcntl(port, F_GETFL) | O_ASYNC);
    mkfifo("/run/vireo-clip", 0600);
    const int fifo = open("/run/vireo-clip", O_RDWR | O_NONBLOCK);
    announce(1);
    report("VIREO-AGENT READY");

    static uint8_t buffer[1 << 16];
    size_t filled = 0;
    for (;;) {
        struct pollfd fds[2] = {{port, POLLIN, 0}, {fifo, POLLIN, 0}};
        if (poll(fds, fifo >= 0 ? 2 : 1, -1) < 0) {
            if (errno == EINTR)
                continue;
            return 1;
        }
        if (fifo >= 0 && (fds[1].revents & POLLIN)) {
            const ssize_t n = read(fifo, guest_text, sizeof guest_text);
            if (n > 0) {
                guest_text_size = (size_t)n;
                while (guest_text_size > 0 && guest_text[guest_text_size - 1] == '\n')
                    --guest_text_size;
                const uint32_t types[1] = {VD_AGENT_CLIPBOARD_UTF8_TEXT};
                send_message(VD_AGENT_CLIPBOARD_GRAB, types, sizeof types);
            }
        }
        if (!(fds[0].revents & (POLLIN | POLLHUP)))
            continue;
        const ssize_t n = read(port, buffer + filled, sizeof buffer - filled);
        if (n <= 0) {
            if (n < 0 && errno == EINTR)
                continue;
            /* The host side is closed: poll reports that at once, so wait for the port's SIGIO
             * (virtio_console sends it when the host opens the port), a second at most. */
            const struct timespec limit = {1, 0};
            sigtimedwait(&sigio, NULL, &limit);
            continue;
        }
        filled += (size_t)n;
        /* Chunks: a header, then a piece of a message stream; messages are assembled here. */
        static uint8_t stream[1 << 16];
        static size_t streamed;
        size_t at = 0;
        while (filled - at >= sizeof(VDIChunkHeader)) {
            VDIChunkHeader chunk;
            memcpy(&chunk, buffer + at, sizeof chunk);
            if (filled - at < sizeof chunk + chunk.size)
                break;
            if (streamed + chunk.size <= sizeof stream) {
                memcpy(stream + streamed, buffer + at + sizeof chunk, chunk.size);
                streamed += chunk.size;
            }
            at += sizeof chunk + chunk.size;
            while (streamed >= sizeof(VDAgentMessage)) {
                VDAgentMessage message;
                memcpy(&message, stream, sizeof message);
                if (streamed < sizeof message + message.size)
                    break;
                handle(&message, stream + sizeof message);
                memmove(stream, stream + sizeof message + message.size,
                        streamed - sizeof message - message.size);
                streamed -= sizeof message + message.size;
            }
        }
        memmove(buffer, buffer + at, filled - at);
        filled -= at;
    }
}
