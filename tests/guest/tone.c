/* vireo-tone: plays a sine tone on the guest's sound card, for Vireo's audio test.
 *
 *   vireo-tone FREQUENCY SECONDS
 *
 * Writes signed 16-bit stereo at 48000 Hz through ALSA's OSS emulation (/dev/dsp, the kernel's
 * snd-pcm-oss), which needs no library: the guest has no C library, so this is linked static.
 * Prints "VIREO-TONE rate=R" once the card took the format, "VIREO-TONE done" at the end.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/soundcard.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: vireo-tone FREQUENCY SECONDS\n");
        return 2;
    }
    const double frequency = atof(argv[1]);
    const double seconds = atof(argv[2]);
    int fd = open("/dev/dsp", O_WRONLY);
    if (fd < 0) {
        perror("vireo-tone: /dev/dsp");
        return 1;
    }
    int format = AFMT_S16_LE, channels = 2, rate = 48000;
    if (ioctl(fd, SNDCTL_DSP_SETFMT, &format) < 0 || format != AFMT_S16_LE
        || ioctl(fd, SNDCTL_DSP_CHANNELS, &channels) < 0 || channels != 2
        || ioctl(fd, SNDCTL_DSP_SPEED, &rate) < 0 || rate <= 0) {
        perror("vireo-tone: the card refused S16_LE stereo");
        return 1;
    }
    printf("VIREO-TONE rate=%d\n", rate);
    fflush(stdout);
    /* A sine by rotation (no libm): (c, s) turns by the tone's angle each sample. */
    const double pi = 3.14159265358979323846;
    const double step = 2 * pi * frequency / rate;
    /* cos and sin of the step from their series: the step is well below 1. */
    double cs = 1, sn = 0, term = 1;
    for (int k = 1; k < 20; ++k) {
        term *= step / k;
        if (k % 4 == 1) sn += term;
        else if (k % 4 == 2) cs -= term;
        else if (k % 4 == 3) sn -= term;
        else cs += term;
    }
    double c = 1, s = 0;
    long frames = (long)(seconds * rate);
    short buffer[2 * 1024];
    while (frames > 0) {
        int n = frames < 1024 ? (int)frames : 1024;
        for (int i = 0; i < n; ++i) {
            const short v = (short)(s * 12000);
            buffer[2 * i] = buffer[2 * i + 1] = v;
            const double c2 = c * cs - s * sn;
            s = s * cs + c * sn;
            c = c2;
        }
        /* Keep the rotation on the unit circle. */
        const double r = 1.5 - 0.5 * (c * c + s * s);
        c *= r;
        s *= r;
        const char *p = (const char *)buffer;
        size_t left = (size_t)n * 4;
        while (left > 0) {
            ssize_t w = write(fd, p, left);
            if (w <= 0) {
                perror("vireo-tone: write");
                return 1;
            }
            p += w;
            left -= (size_t)w;
        }
        frames -= n;
    }
    close(fd);
    printf("VIREO-TONE done\n");
    return 0;
}
