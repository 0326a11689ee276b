package org.tlang.std.net;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import org.osgi.service.component.annotations.Component;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Tuple;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.Drainable;
import org.tlang.spi.natives.NativeContext;
import org.tlang.spi.natives.NativeModule;
import org.tlang.std.io.streams.IoErrors;
import org.tlang.std.io.streams.Stream;

/**
 * {@code std.net}: TCP listeners and streams, UDP sockets. Every socket is opened through the
 * program's I/O driver after the capability {@code net} is checked on {@code host:port}; a
 * connection is a {@link Stream} over the socket's adaptor streams, which honour the read timeout.
 */
@Component(service = NativeModule.class)
public final class NetModule extends JavaModule {
    static final String SOURCE = """
            import std.io.{IoError, Reader, Writer};

            /// Listens for TCP connections.
            pub struct TcpListener { id: Int, addr: Str }

            impl TcpListener {
                /// "127.0.0.1:0" picks a free port (`local_addr` says which).
                pub fn bind(addr: Str) -> Result<TcpListener, IoError> {
                    let (id, local) = tcp_bind(addr)?;
                    Ok(TcpListener { id: id, addr: local })
                }
                /// Waits for the next connection (only this task waits).
                pub fn accept(self) -> Result<TcpStream, IoError> { self.accept_timeout(0) }
                /// As `accept`, giving up with Err(TimedOut(..)) after `ms` milliseconds (0: no limit).
                pub fn accept_timeout(self, ms: Int) -> Result<TcpStream, IoError> {
                    let (id, peer) = tcp_accept(self.id, ms)?;
                    Ok(TcpStream { id: id, peer: peer })
                }
                pub fn local_addr(self) -> Str { self.addr }
                /// Stops listening; a task waiting in accept gets Err(Closed(..)).
                pub fn close(self) -> Result<(), IoError> { close_socket(self.id) }
            }

            /// A TCP connection: read through `reader()`, write through `writer()` (flush to send).
            pub struct TcpStream { id: Int, peer: Str }

            impl TcpStream {
                pub fn connect(addr: Str) -> Result<TcpStream, IoError> { TcpStream::connect_timeout(addr, 0) }
                /// Gives up after `ms` milliseconds (0: as long as the system tries) with TimedOut.
                pub fn connect_timeout(addr: Str, ms: Int) -> Result<TcpStream, IoError> {
                    let (id, peer) = tcp_connect(addr, ms)?;
                    Ok(TcpStream { id: id, peer: peer })
                }
                /// A read waiting longer than `ms` milliseconds is Err(TimedOut(..)); 0: no limit.
                pub fn set_read_timeout(self, ms: Int) { read_timeout(self.id, ms) }
                pub fn reader(self) -> Reader { Reader { id: self.id } }
                pub fn writer(self) -> Writer { Writer { id: self.id } }
                pub fn peer_addr(self) -> Str { self.peer }
                pub fn close(self) -> Result<(), IoError> { close_socket(self.id) }
            }

            /// A UDP socket.
            pub struct UdpSocket { id: Int, addr: Str }

            impl UdpSocket {
                pub fn bind(addr: Str) -> Result<UdpSocket, IoError> {
                    let (id, local) = udp_bind(addr)?;
                    Ok(UdpSocket { id: id, addr: local })
                }
                /// Sends one datagram; the number of bytes sent.
                pub fn send_to(self, data: Bytes, addr: Str) -> Result<Int, IoError> { udp_send(self.id, data, addr) }
                /// The next datagram (cut to `max` bytes) and who sent it.
                pub fn recv_from(self, max: Int) -> Result<(Bytes, Str), IoError> { udp_recv(self.id, max) }
                pub fn set_read_timeout(self, ms: Int) { read_timeout(self.id, ms) }
                pub fn local_addr(self) -> Str { self.addr }
                pub fn close(self) -> Result<(), IoError> { close_socket(self.id) }
            }
            """;

    public NetModule() {
        super("std.net", SOURCE, MethodHandles.lookup());
        handle("TcpListener", "id");
        handle("TcpStream", "id");
        handle("UdpSocket", "id");
        function("tcp_bind", "fn(Str) -> Result<(Int, Str), IoError>", "tcpBind");
        function("tcp_accept", "fn(Int, Int) -> Result<(Int, Str), IoError>", "tcpAccept");
        function("tcp_connect", "fn(Str, Int) -> Result<(Int, Str), IoError>", "tcpConnect");
        function("read_timeout", "fn(Int, Int)", "readTimeout");
        function("udp_bind", "fn(Str) -> Result<(Int, Str), IoError>", "udpBind");
        function("udp_send", "fn(Int, Bytes, Str) -> Result<Int, IoError>", "udpSend");
        function("udp_recv", "fn(Int, Int) -> Result<(Bytes, Str), IoError>", "udpRecv");
        function("close_socket", "fn(Int) -> Result<(), IoError>", "closeSocket");
    }

    /** A listener as a resource of the program; drained with it (SIGTERM), it stops listening: a task waiting in accept gets Err(Closed(..)). */
    static final class Listener implements AutoCloseable, Drainable {
        private final ServerSocketChannel channel;
        private final String name;
        private final Runnable undrain;

        Listener(ServerSocketChannel channel, String name, NativeContext cx) {
            this.channel = channel;
            this.name = name;
            this.undrain = cx.drainOnShutdown(this);
        }

        ServerSocketChannel channel() {
            return channel;
        }

        String name() {
            return name;
        }

        @Override
        public void stopAccepting() {
            close();
        }

        @Override
        public void close() {
            undrain.run();
            try {
                channel.close();
            } catch (IOException e) {
                // closing is best effort: the socket is gone either way
            }
        }
    }

    /** A UDP socket as a resource of the program. */
    record Datagrams(DatagramChannel channel, String name) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Parses {@code addr}, checks {@code net} on it, runs {@code work} on it: Ok of its value or the IoError. */
    interface AddressWork {
        Object run(InetSocketAddress address) throws IOException;
    }

    static Object atAddress(NativeContext cx, String addr, AddressWork work) {
        InetSocketAddress address;
        try {
            address = Address.parse(addr);
        } catch (Address.Bad e) {
            return IoErrors.err(IoErrors.INVALID_INPUT, e.getMessage());
        } catch (IOException e) {
            return IoErrors.err(addr, e);
        }
        String denied = cx.denied("net", addr);
        return denied != null ? IoErrors.denied(denied) : IoErrors.attempt(addr, () -> work.run(address));
    }

    static Object tcpBind(NativeContext cx, String addr) {
        return atAddress(cx, addr, a -> {
            ServerSocketChannel c = cx.io().listen(a, 512);
            String local = Address.format(c.getLocalAddress());
            return new Tuple(new Object[] {cx.resources().add(new Listener(c, local, cx)), local});
        });
    }

    /** The next connection; with {@code ms} above 0, waiting at most that long (through the driver that opened the listener). */
    static Object tcpAccept(NativeContext cx, long id, long ms) {
        if (ms < 0) throw new PanicException("TcpListener.accept_timeout: negative timeout " + ms);
        Listener l = cx.resources().get(id, Listener.class);
        if (l == null) return IoErrors.closed("listener " + id);
        return IoErrors.attempt(l.name(), () -> {
            SocketChannel c = cx.io().accept(l.channel(), ms);
            String peer = Address.format(c.getRemoteAddress());
            return new Tuple(new Object[] {connection(cx, c, peer), peer});
        });
    }

    static Object tcpConnect(NativeContext cx, String addr, long ms) {
        if (ms < 0) throw new PanicException("TcpStream::connect_timeout: negative timeout " + ms);
        return atAddress(cx, addr, a -> {
            SocketChannel c = cx.io().connect(a, ms);
            return new Tuple(new Object[] {connection(cx, c, addr), Address.format(c.getRemoteAddress())});
        });
    }

    private static long connection(NativeContext cx, SocketChannel c, String name) throws IOException {
        c.socket().setTcpNoDelay(true);
        return cx.resources().add(new Stream(name, cx.io().input(c), cx.io().output(c), true, c));
    }

    static void readTimeout(NativeContext cx, long id, long ms) {
        if (ms < 0) throw new PanicException("set_read_timeout: negative timeout " + ms);
        int timeout = (int) Math.min(Integer.MAX_VALUE, ms);
        try {
            Stream s = cx.resources().get(id, Stream.class);
            if (s != null && s.underneath() instanceof SocketChannel c) c.socket().setSoTimeout(timeout);
            Datagrams d = cx.resources().get(id, Datagrams.class);
            if (d != null) d.channel().socket().setSoTimeout(timeout);
        } catch (SocketException e) {
            // a closed socket: the next use says Closed
        }
    }

    static Object udpBind(NativeContext cx, String addr) {
        return atAddress(cx, addr, a -> {
            DatagramChannel c = cx.io().bindDatagram(a);
            String local = Address.format(c.getLocalAddress());
            return new Tuple(new Object[] {cx.resources().add(new Datagrams(c, local)), local});
        });
    }

    static Object udpSend(NativeContext cx, long id, Bytes data, String addr) {
        Datagrams d = cx.resources().get(id, Datagrams.class);
        if (d == null) return IoErrors.closed("udp socket " + id);
        return atAddress(cx, addr, a -> {
            byte[] bytes = data.toArray();
            d.channel().socket().send(new DatagramPacket(bytes, bytes.length, a));
            return (long) bytes.length;
        });
    }

    static Object udpRecv(NativeContext cx, long id, long max) {
        if (max < 0) throw new PanicException("UdpSocket.recv_from: negative max " + max);
        Datagrams d = cx.resources().get(id, Datagrams.class);
        if (d == null) return IoErrors.closed("udp socket " + id);
        return IoErrors.attempt(d.name(), () -> {
            DatagramPacket p = new DatagramPacket(new byte[(int) Math.min(max, 65_535)], (int) Math.min(max, 65_535));
            d.channel().socket().receive(p);
            return new Tuple(new Object[] {new Bytes(Arrays.copyOf(p.getData(), p.getLength())), Address.format(p.getSocketAddress())});
        });
    }

    static Object closeSocket(NativeContext cx, long id) {
        return IoErrors.close(cx, id, "socket " + id);
    }
}
