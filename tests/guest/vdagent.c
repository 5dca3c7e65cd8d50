/* A tiny SPICE guest agent for Vireo's test guest: just enough of the vdagent protocol to test a
 * console's clipboard and "resize the guest to the window" end to end.
 *
 * It talks on the virtio-serial port com.redhat.spice.0 (a spicevmc channel) and reports on the
 * first serial port what the client sent:
 *   VIREO-AGENT CAPS                  the client announced its capabilities
 *   VIREO-MONITOR WxH                 a monitor configuration (the client wants this screen size)
 *   VIREO-CLIPBOARD-IN text           the client's clipboard text, asked for after its grab
 *   VIREO-FILE name size              a file the client sent arrived whole in /tmp/vireo-files
 *   VIREO-FILE-CANCELLED name         the client cancelled it (the partial file is removed)
 *   VIREO-FILE-FAILED name            it did not fit (the partial file is removed)
 * Text written to the FIFO /run/vireo-clip becomes the guest's clipboard: the agent grabs the
 * clipboard for UTF-8 text and answers the client's request with it.
 *
 * Built static on the host by build-guest.sh; the structures come from spice-protocol's
 * vd_agent.h. Only the clipboard selection CLIPBOARD is known (no selection capability). */

#include <spice/vd_agent.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "vport.h"

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
    announce.caps[VD_AGENT_CAP_FILE_XFER_DETAILED_ERRORS / 32]
        |= 1u << (VD_AGENT_CAP_FILE_XFER_DETAILED_ERRORS % 32);
    send_message(VD_AGENT_ANNOUNCE_CAPABILITIES, &announce, sizeof announce);
}

/* Files the client sends: saved in /tmp/vireo-files, a few at once. */
#define FILES_DIR "/tmp/vireo-files"
static struct
{
    uint32_t id;
    int fd; /* -1: free */
    uint64_t size, done;
    char name[256];
} files[8];

static void file_status(uint32_t id, uint32_t result, const void *detail, uint32_t detail_size)
{
    uint8_t message[sizeof(VDAgentFileXferStatusMessage) + 16];
    VDAgentFileXferStatusMessage head = {id, result};
    memcpy(message, &head, sizeof head);
    if (detail_size)
        memcpy(message + sizeof head, detail, detail_size);
    send_message(VD_AGENT_FILE_XFER_STATUS, message, (uint32_t)(sizeof head + detail_size));
}

static uint64_t free_space(void)
{
    struct statvfs fs;
    return statvfs(FILES_DIR, &fs) == 0 ? (uint64_t)fs.f_bavail * fs.f_frsize : 0;
}

/* The end of a file that did not arrive whole: closed and removed. */
static void drop_file(int i)
{
    char path[512];
    close(files[i].fd);
    files[i].fd = -1;
    snprintf(path, sizeof path, FILES_DIR "/%s", files[i].name);
    unlink(path);
}

static void file_start(const VDAgentFileXferStartMessage *start, uint32_t size)
{
    /* The details are a GKeyFile: [vdagent-file-xfer] name=... size=... */
    char text[1024];
    const uint32_t length = size - sizeof *start < sizeof text - 1 ? size - sizeof *start
                                                                     : sizeof text - 1;
    memcpy(text, start->data, length);
    text[length] = '\0';
    char name[256] = "";
    unsigned long long bytes = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (strncmp(line, "name=", 5) == 0)
            snprintf(name, sizeof name, "%s", strrchr(line, '/') ? strrchr(line, '/') + 1 : line + 5);
        else if (strncmp(line, "size=", 5) == 0)
            bytes = strtoull(line + 5, NULL, 10);
    }
    mkdir(FILES_DIR, 0755);
    const uint64_t space = free_space();
    if (bytes > space) {
        VDAgentFileXferStatusNotEnoughSpace detail = {space};
        file_status(start->id, VD_AGENT_FILE_XFER_STATUS_NOT_ENOUGH_SPACE, &detail, sizeof detail);
        report("VIREO-FILE-FAILED %s", name);
        return;
    }
    for (int i = 0; i < 8; ++i) {
        if (files[i].fd >= 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, FILES_DIR "/%s", name);
        files[i].fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (files[i].fd < 0)
            break;
        files[i].id = start->id;
        files[i].size = bytes;
        files[i].done = 0;
        snprintf(files[i].name, sizeof files[i].name, "%s", name);
        file_status(start->id, VD_AGENT_FILE_XFER_STATUS_CAN_SEND_DATA, NULL, 0);
        return;
    }
    file_status(start->id, VD_AGENT_FILE_XFER_STATUS_ERROR, NULL, 0);
}

static void file_data(const VDAgentFileXferDataMessage *data)
{
    for (int i = 0; i < 8; ++i) {
        if (files[i].fd < 0 || files[i].id != data->id)
            continue;
        if (write(files[i].fd, data->data, data->size) != (ssize_t)data->size) {
            VDAgentFileXferStatusNotEnoughSpace detail = {free_space()};
            report("VIREO-FILE-FAILED %s", files[i].name);
            drop_file(i);
            file_status(data->id, VD_AGENT_FILE_XFER_STATUS_NOT_ENOUGH_SPACE, &detail,
                        sizeof detail);
            return;
        }
        files[i].done += data->size;
        if (files[i].done >= files[i].size) {
            fsync(files[i].fd);
            close(files[i].fd);
            files[i].fd = -1;
            report("VIREO-FILE %s %llu", files[i].name, (unsigned long long)files[i].size);
            file_status(data->id, VD_AGENT_FILE_XFER_STATUS_SUCCESS, NULL, 0);
        }
        return;
    }
}

static void file_cancelled(const VDAgentFileXferStatusMessage *status)
{
    for (int i = 0; i < 8; ++i)
        if (files[i].fd >= 0 && files[i].id == status->id) {
            report("VIREO-FILE-CANCELLED %s", files[i].name);
            drop_file(i);
        }
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
    case VD_AGENT_FILE_XFER_START:
        if (message->size > sizeof(VDAgentFileXferStartMessage))
            file_start((const void *)data, message->size);
        break;
    case VD_AGENT_FILE_XFER_DATA:
        if (message->size >= sizeof(VDAgentFileXferDataMessage))
            file_data((const void *)data);
        break;
    case VD_AGENT_FILE_XFER_STATUS:
        if (message->size >= sizeof(VDAgentFileXferStatusMessage))
            file_cancelled((const void *)data);
        break;
    default:
        break;
    }
}

int main(void)
{
    serial = fopen("/dev/ttyS0", "w");
    if (!serial)
        serial = stderr;
    port = open_virtio_port("com.redhat.spice.0");
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
    for (int i = 0; i < 8; ++i)
        files[i].fd = -1;
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
        /* A file's data comes in messages of 64 KiB and a little more. */
        static uint8_t stream[1 << 18];
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
