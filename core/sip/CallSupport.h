#pragma once
// Small pieces the call engine's own files share (CallEngine, CallBranches): the clock,
// tokens, the call id carried as nta magic, and the nta callback for B-leg INVITEs.
#include <QByteArray>
#include <QtGlobal>
#include <cstdint>

#include <sofia-sip/nta.h>

#include "sip/SipText.h"

namespace centrale::sip::callsupport {

qint64 nowMs();
using sip::randomToken;

constexpr int kT1Ms = 500, kT2Ms = 4000; // RFC 3261 timers

template <typename Magic> Magic *idMagic(quint64 id) { return reinterpret_cast<Magic *>(static_cast<uintptr_t>(id)); }
template <typename Magic> quint64 magicId(Magic *m) { return static_cast<quint64>(reinterpret_cast<uintptr_t>(m)); }

// Hands a B-leg INVITE's responses to the engine of this thread.
int bCallback(nta_outgoing_magic_t *magic, nta_outgoing_t *orq, const sip_t *sip);

} // namespace centrale::sip::callsupport
