/** 1022 hotline channel (issue 6): skeleton until its capability lands. */
package vn.citizenhub.channel.hotline;
