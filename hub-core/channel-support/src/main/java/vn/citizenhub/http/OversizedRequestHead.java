package vn.citizenhub.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a request whose line (the URL) or headers are over Netty's limits, and makes sure the
 * answer arrives.
 *
 * <p>Without it Micronaut answers 413 in English and closes the connection at once, while the
 * client is still sending the rest of its request; the kernel then resets the connection and the
 * client often reads nothing at all (the fuzz suite lost one answer in three for a 30 KB URL).
 * Here the refusal is bilingual (414 for the line, 431 for the headers, with
 * {@code Connection: close}); then only our sending side is closed and whatever the client still
 * sends is read and dropped, for at most {@link #LINGER_SECONDS}, the "lingering close" of web
 * servers.
 */
final class OversizedRequestHead extends ChannelInboundHandlerAdapter {

  static final String NAME = "hub-oversized-request-head";
  static final long LINGER_SECONDS = 5;

  static final ApiError LINE_TOO_LONG = ApiError.of("URI_TOO_LONG",
      "Địa chỉ (URL) của yêu cầu quá dài.", "The request's address (URL) is too long.");
  static final ApiError HEADERS_TOO_LARGE = ApiError.of("HEADERS_TOO_LARGE",
      "Phần tiêu đề (header) của yêu cầu quá lớn.", "The request's headers are too large.");

  private static final Logger LOG = LoggerFactory.getLogger(OversizedRequestHead.class);

  private boolean lingering;

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (lingering) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (msg instanceof HttpRequest request && request.decoderResult().isFailure()
        && request.decoderResult().cause() instanceof TooLongFrameException tooLong) {
      ReferenceCountUtil.release(msg);
      lingering = true;
      boolean headers = tooLong instanceof TooLongHttpHeaderException;
      LOG.info("Refused a request whose {} is over the server's limit", headers ? "headers are" : "line is");
      refuse(ctx, headers);
      return;
    }
    ctx.fireChannelRead(msg);
  }

  private static void refuse(ChannelHandlerContext ctx, boolean headers) {
    ApiError error = headers ? HEADERS_TOO_LARGE : LINE_TOO_LONG;
    ByteBuf body = Unpooled.copiedBuffer(json(error), StandardCharsets.UTF_8);
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
        headers ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
            : HttpResponseStatus.REQUEST_URI_TOO_LONG, body);
    response.headers()
        .set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8")
        .set(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes())
        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    ctx.writeAndFlush(response).addListener((ChannelFutureListener) written -> {
      if (written.channel() instanceof DuplexChannel duplex) {
        duplex.shutdownOutput();
      } else {
        written.channel().close();
        return;
      }
      // Keep reading (and dropping) until the client has sent all and closes, or we give up.
      written.channel().config().setAutoRead(true);
      written.channel().read();
      ctx.executor().schedule(() -> ctx.close(), LINGER_SECONDS, TimeUnit.SECONDS);
    });
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    if (lingering) {
      ctx.read();
    } else {
      ctx.fireChannelReadComplete();
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (lingering && event instanceof ChannelInputShutdownEvent) {
      ctx.close();
    } else {
      ctx.fireUserEventTriggered(event);
    }
  }

  /** The fixed texts above hold no quote or backslash, so they are written as they are. */
  private static String json(ApiError error) {
    return "{\"error\":\"" + error.error() + "\",\"message\":\"" + error.message()
        + "\",\"messageEn\":\"" + error.messageEn() + "\",\"fields\":[]}";
  }
}
