package vn.citizenhub.channel.zalo.conversation;

/** One line of the short category list a citizen picks from. */
public record CategoryChoice(String code, String labelVi) {}
