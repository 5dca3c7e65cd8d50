// vireo-askpass: the SSH_ASKPASS program Vireo gives ssh (qemu+ssh:// connections run ssh with
// no terminal). ssh runs it with the question as its argument (a password, a key's passphrase,
// a host key to confirm); it hands the question to the Vireo that started ssh, over that
// Vireo's private socket (VIREO_ASKPASS_SOCKET, with VIREO_ASKPASS_TOKEN to prove it came from
// there), and prints the answer for ssh. Exit 0 with the answer, 1 when the user cancelled or
// no Vireo answers. Plain POSIX: it runs for a moment per question.

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

bool sendAll(int fd, const std::string &text)
{
    size_t sent = 0;
    while (sent < text.size()) {
        const ssize_t n = ::write(fd, text.data() + sent, text.size() - sent);
        if (n <= 0)
            return false;
        sent += size_t(n);
    }
    return true;
}

/// One line of the request: newlines in it would split the protocol, so they become spaces.
std::string oneLine(const char *text)
{
    std::string line = text ? text : "";
    for (char &c : line)
        if (c == '\n' || c == '\r')
            c = ' ';
    return line;
}

} // namespace

int main(int argc, char **argv)
{
    const char *socketPath = std::getenv("VIREO_ASKPASS_SOCKET");
    const char *token = std::getenv("VIREO_ASKPASS_TOKEN");
    if (!socketPath || !token || std::strlen(socketPath) >= sizeof(sockaddr_un::sun_path)) {
        std::fprintf(stderr, "vireo-askpass: run by ssh for Vireo, not on its own\n");
        return 1;
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strcpy(address.sun_path, socketPath);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        std::fprintf(stderr, "vireo-askpass: Vireo does not answer at %s\n", socketPath);
        return 1;
    }
    // ssh says what kind of question it is: "confirm" (yes/no), "none" (information only).
    const std::string request = std::string(token) + "\n" + oneLine(argc > 1 ? argv[1] : "") + "\n"
                                + oneLine(std::getenv("SSH_ASKPASS_PROMPT")) + "\n";
    // The connection stays open both ways until Vireo answers and closes it.
    if (!sendAll(fd, request))
        return 1;
    std::string reply;
    char buffer[512];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        reply.append(buffer, size_t(n));
    ::close(fd);
    // "1" and the answer, or "0": cancelled.
    if (reply.empty() || reply[0] != '1')
        return 1;
    std::fwrite(reply.data() + 1, 1, reply.size() - 1, stdout);
    std::fputc('\n', stdout);
    std::fill(reply.begin(), reply.end(), '\0');
    return 0;
}
