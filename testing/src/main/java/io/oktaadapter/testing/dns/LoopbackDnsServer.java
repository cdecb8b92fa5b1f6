package io.oktaadapter.testing.dns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * A real, small authoritative DNS server on a loopback UDP port, for tests and the local run: it
 * answers TXT queries from the records published on it (built on dnsjava's message classes; every
 * other query gets NXDOMAIN or an empty answer). Not a mock: the adapter's resolver sends real DNS
 * packets to it.
 */
public final class LoopbackDnsServer implements AutoCloseable {

  private final DatagramSocket socket;
  private final Map<String, List<String>> txt = new ConcurrentHashMap<>();
  private final Function<String, List<String>> extra;
  private final Thread thread;
  private volatile boolean running = true;

  private LoopbackDnsServer(DatagramSocket socket, Function<String, List<String>> extra) {
    this.socket = socket;
    this.extra = extra;
    this.thread = new Thread(this::serve, "loopback-dns-" + socket.getLocalPort());
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts on 127.0.0.1:{@code port} (0: a free port). */
  public static LoopbackDnsServer start(int port) throws SocketException {
    return start(port, name -> List.of());
  }

  /**
   * Starts on 127.0.0.1:{@code port}; {@code extra} gives further TXT values of a name (e.g. read
   * from a file the developer edits).
   */
  public static LoopbackDnsServer start(int port, Function<String, List<String>> extra)
      throws SocketException {
    DatagramSocket socket =
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return new LoopbackDnsServer(socket, extra);
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** {@code host:port}, as a resolver setting. */
  public String address() {
    return "127.0.0.1:" + port();
  }

  /** Publishes a TXT record (one more value at {@code name}). */
  public void publishTxt(String name, String value) {
    txt.computeIfAbsent(key(name), n -> new CopyOnWriteArrayList<>()).add(value);
  }

  /** Removes every TXT record at {@code name}. */
  public void removeTxt(String name) {
    txt.remove(key(name));
  }

  private static String key(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n : n + ".";
  }

  private void serve() {
    byte[] buffer = new byte[4096];
    while (running) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
        byte[] answer = answer(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
        socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
      } catch (IOException | RuntimeException e) {
        if (!running) {
          return;
        }
      }
    }
  }

  private byte[] answer(byte[] query) throws IOException {
    Message request = new Message(query);
    Message response = new Message(request.getHeader().getID());
    response.getHeader().setFlag(Flags.QR);
    response.getHeader().setFlag(Flags.AA);
    if (request.getHeader().getFlag(Flags.RD)) {
      response.getHeader().setFlag(Flags.RD);
    }
    Record question = request.getQuestion();
    if (question == null || request.getHeader().getOpcode() != Opcode.QUERY) {
      response.getHeader().setRcode(Rcode.FORMERR);
      return response.toWire();
    }
    response.addRecord(question, Section.QUESTION);
    Name name = question.getName();
    String key = key(name.toString());
    List<String> values = new java.util.ArrayList<>(txt.getOrDefault(key, List.of()));
    values.addAll(extra.apply(key));
    if (values.isEmpty()) {
      response.getHeader().setRcode(Rcode.NXDOMAIN);
    } else if (question.getType() == Type.TXT || question.getType() == Type.ANY) {
      for (String value : values) {
        response.addRecord(new TXTRecord(name, DClass.IN, 0, value), Section.ANSWER);
      }
    }
    return response.toWire();
  }

  @Override
  public void close() {
    running = false;
    socket.close();
  }
}
