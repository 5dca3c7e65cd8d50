# Every install rule and the Debian package, in one place: `cpack -G DEB` in the build folder.
install(TARGETS vireo vireo-console RUNTIME DESTINATION bin)
# The shared engine libraries and every plugin (vireo_add_plugin in engine/ and ui/), private to
# Vireo.
get_property(vireo_plugins GLOBAL PROPERTY VIREO_PLUGINS)
install(TARGETS vireo_core vireo_display vireo_stats LIBRARY DESTINATION lib/vireo)
install(TARGETS ${vireo_plugins} LIBRARY DESTINATION lib/vireo/plugins)
set_target_properties(vireo vireo-console PROPERTIES INSTALL_RPATH "$ORIGIN/../lib/vireo")
# ssh's helper (engine/core/Askpass): private to Vireo, found beside the programs' libraries.
install(TARGETS vireo-askpass RUNTIME DESTINATION lib/vireo)
set_target_properties(vireo_display vireo_stats PROPERTIES INSTALL_RPATH "$ORIGIN")
set_target_properties(${vireo_plugins} PROPERTIES INSTALL_RPATH "$ORIGIN/..")
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
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libvirt-daemon-system, qemu-system-x86, xorriso")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_GENERATOR DEB)
include(CPack)
