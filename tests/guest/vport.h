/* The guest's virtio-serial port named `wanted` (a libvirt <channel>'s target name), opened
 * read-write; -1 when the machine has none. The name is in sysfs, the device in /dev (devtmpfs:
 * the test guest has no udev for /dev/virtio-ports). Shared by the test guest's programs. */
#pragma once

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>

static int open_virtio_port(const char *wanted)
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
        if (fgets(name, sizeof name, f) && strncmp(name, wanted, strlen(wanted)) == 0) {
            snprintf(path, sizeof path, "/dev/%s", entry->d_name);
            fd = open(path, O_RDWR);
        }
        fclose(f);
    }
    if (dir)
        closedir(dir);
    return fd;
}
