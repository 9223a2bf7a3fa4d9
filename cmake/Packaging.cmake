# Installation beyond the binaries and desktop files, and the Debian package:
#   cpack -G DEB --config build/CPackConfig.cmake
include(GNUInstallDirs)

# The man page, gzipped as Debian installs man pages (-n: no timestamp, reproducible).
set(CENTRALE_MAN_GZ ${CMAKE_BINARY_DIR}/centralectl.1.gz)
add_custom_command(OUTPUT ${CENTRALE_MAN_GZ}
    COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/docs/centralectl.1 > ${CENTRALE_MAN_GZ}
    DEPENDS ${PROJECT_SOURCE_DIR}/docs/centralectl.1
    COMMENT "Compressing the centralectl man page")
add_custom_target(centrale_manpage ALL DEPENDS ${CENTRALE_MAN_GZ})
install(FILES ${CENTRALE_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES ${PROJECT_SOURCE_DIR}/resources/systemd/centrale-engine.service DESTINATION lib/systemd/system)
install(FILES ${PROJECT_SOURCE_DIR}/resources/bash-completion/centralectl DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/centrale)
# Cluster mode: the configuration every Kamailio node of a Centrale-provisioned cluster runs.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/kamailio/kamailio-centrale-cluster.cfg DESTINATION ${CMAKE_INSTALL_DATADIR}/centrale/kamailio)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME centrale)
set(CPACK_PACKAGE_VENDOR "The Centrale authors")
set(CPACK_PACKAGE_CONTACT "The Centrale authors <centrale@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "A desktop console (Qt 6) for administrators of SIP trunks and phone accounts,
with its own SIP engine: PBXs register to it and call through it, and every limit
and whitelist the console saves is enforced at once. centralectl drives everything
from the shell; the centrale-engine service runs the engine on a server.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Shared libraries from dpkg-shlibdeps; what is loaded at run time (the SQLite driver and
# the platform plugins of Qt) and what the maintainer scripts call, by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libqt6svg6: the icon engine plugin that draws the console's SVG icons (loaded, not linked).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, rtpengine-daemon, libqt6sql6-psql") # rtpengine: the media relay (NAT, voicemail, recording); psql: PostgreSQL store and cluster mode
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/resources/debian/postinst
    ${PROJECT_SOURCE_DIR}/resources/debian/prerm
    ${PROJECT_SOURCE_DIR}/resources/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
