/** Smart-city app channel: skeleton until its capability lands. */
package vn.citizenhub.channel.app;
