/**
 * Open311 GeoReport v2 as a channel (/open311/v2): {@code wire} writes the specification's JSON
 * and XML, {@code keys} issues and checks API keys, {@code intake} turns a posted request into
 * intake, {@code read} answers the lists and single requests from hub-core's public data.
 * Open311 clients poll, so this channel delivers no notices.
 */
package vn.citizenhub.channel.open311;
