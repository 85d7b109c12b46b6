/** Zalo Official Account channel (issue 5): skeleton until its capability lands. */
package vn.citizenhub.channel.zalo;
