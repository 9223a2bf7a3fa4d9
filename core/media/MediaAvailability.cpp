#include "media/MediaAvailability.h"
#include "domain/SettingsCatalog.h"
#include "media/RtpengineSupervisor.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>

namespace centrale::media {

MediaSettings mediaSettings(Database &db)
{
    SettingsRepository s(db);
    using namespace settingkeys;
    return {s.get(QLatin1String(kMediaRelay)), s.get(QLatin1String(kMediaRtpengine)), s.get(QLatin1String(kMediaRecordingSpool)),
            !RtpengineSupervisor::program().isEmpty()};
}

QString recordingUnavailableReason(const MediaSettings &s)
{
    if (s.relay == QLatin1String("never"))
        return QCoreApplication::translate("MediaAvailability", "the media relay is set to \"never\" (setting media.relay)");
    if (!s.external.isEmpty()) {
        if (s.recordingSpool.isEmpty())
            return QCoreApplication::translate("MediaAvailability",
                                               "media.rtpengine names an external rtpengine (%1) and media.recording_spool is not set: set it to "
                                               "that rtpengine's recording-dir (with recording-method = pcap) as this machine sees it, a folder "
                                               "both machines share at the same path, which Centrale can read and write")
                .arg(s.external);
        return {};
    }
    if (!s.rtpengineInstalled)
        return QCoreApplication::translate("MediaAvailability", "rtpengine is not installed (Debian package rtpengine-daemon)");
    return {};
}

} // namespace centrale::media
