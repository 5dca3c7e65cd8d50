# Every install rule and the Debian package, in one place: `cmake --build build --target package`
# (or `cpack -G DEB` in the build folder) makes vireo_VERSION_ARCH.deb.
include(GNUInstallDirs)
install(TARGETS vireo vireo-console RUNTIME DESTINATION bin)
# The shared engine libraries and every plugin (vireo_add_plugin in engine/ and ui/), private to
# Vireo.
get_property(vireo_plugins GLOBAL PROPERTY VIREO_PLUGINS)
install(TARGETS vireo_core vireo_display vireo_stats LIBRARY DESTINATION lib/vireo)
install(TARGETS ${vireo_plugins} LIBRARY DESTINATION lib/vireo/plugins)
set_target_properties(vireo vireo-console PROPERTIES INSTALL_RPATH "$ORIGIN/../lib/vireo")
# ssh's helper (engine/core/Askpass) and the read-only virtiofs wrapper: private to Vireo, found
# beside the programs' libraries.
install(TARGETS vireo-askpass RUNTIME DESTINATION lib/vireo)
install(PROGRAMS ${PROJECT_SOURCE_DIR}/app/helpers/vireo-virtiofsd-ro DESTINATION lib/vireo)
set_target_properties(vireo_display vireo_stats PROPERTIES INSTALL_RPATH "$ORIGIN")
set_target_properties(${vireo_plugins} PROPERTIES INSTALL_RPATH "$ORIGIN/..")
install(FILES ${PROJECT_SOURCE_DIR}/resources/vireo.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/vireo.svg
        DESTINATION share/icons/hicolor/scalable/apps)
configure_file(${PROJECT_SOURCE_DIR}/resources/io.vireo.Vireo.metainfo.xml
               ${CMAKE_BINARY_DIR}/package/io.vireo.Vireo.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/package/io.vireo.Vireo.metainfo.xml DESTINATION share/metainfo)
# Translations, where the programs look first (../share/vireo/translations beside them; the
# copies built into them are the fallback).
install(FILES ${VIREO_QM_FILES} DESTINATION share/vireo/translations)

# The icon in every hicolor size, drawn from the SVG by Qt's renderer.
add_executable(vireo-render-icon installer/tools/render-icon.cpp)
target_link_libraries(vireo-render-icon PRIVATE Qt6::Gui Qt6::Svg)
set(vireo_icons)
foreach(size 16 22 24 32 48 64 128 256 512)
    set(png ${CMAKE_BINARY_DIR}/package/icons/${size}x${size}/vireo.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/package/icons/${size}x${size}
        COMMAND vireo-render-icon ${PROJECT_SOURCE_DIR}/resources/vireo.svg ${size} ${png}
        DEPENDS vireo-render-icon ${PROJECT_SOURCE_DIR}/resources/vireo.svg VERBATIM)
    list(APPEND vireo_icons ${png})
    install(FILES ${png} DESTINATION share/icons/hicolor/${size}x${size}/apps)
endforeach()

# Manual pages and bash completion, written from the programs' own --help (installer/make-docs.sh).
set(docs ${CMAKE_BINARY_DIR}/package/docs)
add_custom_command(
    OUTPUT ${docs}/vireo.1.gz ${docs}/vireo-console.1.gz ${docs}/vireo.bash-completion
    COMMAND bash ${PROJECT_SOURCE_DIR}/installer/make-docs.sh $<TARGET_FILE:vireo>
            $<TARGET_FILE:vireo-console> ${docs}
    COMMAND gzip -9nf ${docs}/vireo.1 ${docs}/vireo-console.1
    DEPENDS vireo vireo-console ${PROJECT_SOURCE_DIR}/installer/make-docs.sh VERBATIM)
configure_file(${PROJECT_SOURCE_DIR}/installer/changelog.in ${CMAKE_BINARY_DIR}/package/changelog
               @ONLY)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/package/changelog.gz
    COMMAND gzip -9nkf ${CMAKE_BINARY_DIR}/package/changelog
    DEPENDS ${CMAKE_BINARY_DIR}/package/changelog VERBATIM)
add_custom_target(vireo-package-files ALL
    DEPENDS ${vireo_icons} ${docs}/vireo.1.gz ${docs}/vireo-console.1.gz
            ${docs}/vireo.bash-completion ${CMAKE_BINARY_DIR}/package/changelog.gz)
install(FILES ${docs}/vireo.1.gz ${docs}/vireo-console.1.gz DESTINATION share/man/man1)
install(FILES ${docs}/vireo.bash-completion DESTINATION share/bash-completion/completions
        RENAME vireo)
# bash-completion loads a command's file by its name: vireo-console's is the same file.
install(CODE "file(CREATE_LINK vireo \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/share/bash-completion/completions/vireo-console\" SYMBOLIC)")
install(FILES ${CMAKE_BINARY_DIR}/package/changelog.gz ${PROJECT_SOURCE_DIR}/installer/copyright
        DESTINATION share/doc/vireo)

set(CPACK_PACKAGE_NAME vireo)
set(CPACK_PACKAGE_VENDOR "Vireo")
set(CPACK_PACKAGE_CONTACT "Vireo developers <vireo@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop virtualization manager for KVM/QEMU")
set(CPACK_PACKAGE_DESCRIPTION
    "Vireo manages virtual machines through libvirt, on this computer or on\nother hosts over SSH: a library of every machine with its live state, a\ncreation wizard with OS detection, SPICE and VNC consoles, snapshots,\nstatistics, hardware editing, networks and storage, templates and\ninstances, migration, and a terminal command for every action.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# shlibdeps sees the libraries the programs link, not the Qt plugins they load: SVG icons
# (libqt6svg6) and the X11/Wayland platform plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libvirt-daemon-system, qemu-system-x86, ovmf, swtpm, swtpm-tools, xorriso, openssh-client, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "virtiofsd")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://vireo.example.org/")
set(CPACK_GENERATOR DEB)
include(CPack)
