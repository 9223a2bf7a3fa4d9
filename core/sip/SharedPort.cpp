#include "sip/SharedPort.h"

#include <dlfcn.h>
#include <sys/socket.h>

#include <sofia-sip/su.h>

namespace centrale::sip {

namespace {
thread_local bool t_sharePorts = false;
}

SharedPortScope::SharedPortScope() : m_previous(t_sharePorts)
{
    t_sharePorts = true;
}
SharedPortScope::~SharedPortScope()
{
    t_sharePorts = m_previous;
}

} // namespace centrale::sip

// sofia-sip's internal binder (tport.c: bind, then getsockname), declared as there. It is in
// this file, with SharedPortScope, so the linker takes it from the static core library into
// every program whose engine can share a port; the executable then exports it (libsofia-sip-ua
// names it), and sofia-sip's PLT call resolves here first.
extern "C" int tport_bind_socket(int socket, su_addrinfo_t *ai, char const **return_culprit)
{
    using Bind = int (*)(int, su_addrinfo_t *, char const **);
    static const Bind next = reinterpret_cast<Bind>(dlsym(RTLD_NEXT, "tport_bind_socket"));
    if (!next) { // cannot happen with the library linked in; fail the bind rather than guess
        if (return_culprit)
            *return_culprit = "tport_bind_socket";
        return -1;
    }
    if (centrale::sip::t_sharePorts) {
        const int one = 1;
        if (setsockopt(socket, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) != 0) {
            if (return_culprit)
                *return_culprit = "setsockopt(SO_REUSEPORT)";
            return -1;
        }
    }
    return next(socket, ai, return_culprit);
}

namespace centrale::sip {

bool sharedPortAvailable()
{
    // What sofia-sip's PLT call resolves to: the first definition in the global lookup order.
    return dlsym(RTLD_DEFAULT, "tport_bind_socket") == reinterpret_cast<void *>(&tport_bind_socket);
}

} // namespace centrale::sip
