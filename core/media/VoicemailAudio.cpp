#include "media/VoicemailAudio.h"

#include <QCoreApplication>

namespace centrale::media {

Result<WavAudio> voicemailAudio(const QList<RtpStream> &streams, const QString &callerFacing)
{
    QList<RtpStream> fromCaller;
    for (const RtpStream &s : streams)
        if (!callerFacing.isEmpty() && s.destination == callerFacing)
            fromCaller << s;
    if (fromCaller.isEmpty())
        for (const RtpStream &s : streams)
            if (s.source != callerFacing)
                fromCaller << s;
    if (fromCaller.isEmpty())
        return Result<WavAudio>::fail(QCoreApplication::translate("VoicemailAudio", "the caller sent no audio"));
    auto audio = callAudio(fromCaller);
    if (!audio)
        return audio.error();
    if (audio->mixed.samples.isEmpty())
        return Result<WavAudio>::fail(QCoreApplication::translate("VoicemailAudio", "the caller sent no G.711 audio (%1)").arg(audio->skipped.join(QStringLiteral(", "))));
    return audio->mixed;
}

} // namespace centrale::media
