# Every install rule and the Debian package, in one place: `cpack -G DEB` in the build folder.
install(TARGETS vireo vireo-console RUNTIME DESTINATION bin)
install(FILES ${PROJECT_SOURCE_DIR}/resources/vireo.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/vireo.svg
        DESTINATION share/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/io.vireo.Vireo.metainfo.xml
        DESTINATION share/metainfo)

set(CPACK_PACKAGE_NAME vireo)
set(CPACK_PACKAGE_VENDOR "Vireo")
set(CPACK_PACKAGE_CONTACT "Vireo developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop virtualization manager for KVM/QEMU")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libvirt-daemon-system, qemu-system-x86")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_GENERATOR DEB)
include(CPack)
