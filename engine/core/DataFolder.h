#pragma once

#include <QString>

namespace Vireo {

/// Where Vireo keeps what it records about VMs (statistics, the event log, snapshot thumbnails):
/// `~/.local/share/vireo` (XDG_DATA_HOME/vireo), the same for the application, the console and
/// the terminal. Screens of guests and what they did are the user's own: the folder and
/// everything in it are private to the user (folders 0700, files 0600).
namespace DataFolder {

/// The folder (not created).
QString path();
/// Makes the folder private and moves what older versions kept in `vireo/vireo` into it, once;
/// tightens what is already there. Call at start, before anything is written.
void prepare();
/// Creates `folder` (and its parents inside the data folder) private; true when it exists.
bool makePath(const QString &folder);
/// Makes a file Vireo wrote private (0600).
void makePrivate(const QString &file);

} // namespace DataFolder
} // namespace Vireo
