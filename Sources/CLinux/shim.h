#ifndef CLINUX_SHIM_H
#define CLINUX_SHIM_H
/* Linux headers Glibc does not export to Swift: epoll, eventfd, accept4. */
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/random.h>

/* epoll_event is packed on x86-64; Swift cannot always lay it out, so build and read it here. */
static inline void clinux_epoll_event_set(struct epoll_event *event, uint32_t events, int fd) {
    event->events = events;
    event->data.fd = fd;
}
static inline int clinux_epoll_event_fd(const struct epoll_event *event) { return event->data.fd; }
static inline uint32_t clinux_epoll_event_events(const struct epoll_event *event) { return event->events; }
static inline size_t clinux_epoll_event_size(void) { return sizeof(struct epoll_event); }

/* accept4 is declared by <sys/socket.h> only under _GNU_SOURCE; defining that here changes how other modules
   (Dispatch) see shared system headers and breaks clean builds, so declare the one function instead. */
extern int accept4(int fd, struct sockaddr *address, socklen_t *length, int flags);
static inline int clinux_accept4(int fd, struct sockaddr *address, socklen_t *length, int flags) {
    return accept4(fd, address, length, flags);
}
/* getrandom(2): the kernel's CSPRNG, for tokens and secrets. */
static inline long clinux_getrandom(void *buffer, size_t length, unsigned int flags) {
    return (long)getrandom(buffer, length, flags);
}
#endif
