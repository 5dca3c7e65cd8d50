#pragma once

#include <QPointer>
#include <QStringList>

typedef struct _SpiceMainChannel SpiceMainChannel;

namespace Vireo {

class DisplaySession;

/// Files copied into the guest through the SPICE agent (spice_main_channel_file_copy_async): the
/// agent asks for each file, receives it in pieces and says how it went. Progress and the end
/// are told with the session's fileTransferProgress() and fileTransferFinished(). One transfer
/// at a time; a transfer outlives nothing: destroyed, it is cancelled.
class SpiceFileTransfer
{
public:
    explicit SpiceFileTransfer(DisplaySession *session);
    ~SpiceFileTransfer();

    bool busy() const { return m_job != nullptr; }
    /// Starts copying `paths`; a refusal (a file that cannot be read, a transfer already
    /// running) is told at once with fileTransferFinished(false, why).
    void start(SpiceMainChannel *main, const QStringList &paths);
    void cancel();

    struct Job; // what the GLib callbacks hold

private:
    QPointer<DisplaySession> m_session;
    Job *m_job = nullptr;
};

} // namespace Vireo
