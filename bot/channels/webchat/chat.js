// Starts rasa-webchat with the page's configuration (the JSON in #chat-config), and makes the
// answer buttons keyboard-accessible: rasa-webchat 1.0.1 renders them as plain <div>s.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("chat-config").textContent);
  var socketUrl = config.socketUrl ||
    window.location.protocol + "//" + window.location.hostname + ":" + config.rasaPort;

  function makeReplyButtonsAccessible(root) {
    root.querySelectorAll(".rw-reply:not([data-keyboard])").forEach(function (el) {
      el.setAttribute("data-keyboard", "1");
      if (el.tagName !== "A") {
        el.setAttribute("role", "button");
        el.setAttribute("tabindex", "0");
        el.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            el.click();
          }
        });
      }
    });
    var log = root.querySelector(".rw-messages-container");
    if (log && !log.hasAttribute("role")) {
      log.setAttribute("role", "log");
      log.setAttribute("aria-live", "polite");
    }
    var field = root.querySelector(".rw-new-message");
    if (field && !field.hasAttribute("aria-label")) {
      field.setAttribute("aria-label", config.inputHint);
    }
  }

  var root = document.getElementById("chat");
  new MutationObserver(function () { makeReplyButtonsAccessible(root); })
    .observe(root, { childList: true, subtree: true });

  window.WebChat.default({
    socketUrl: socketUrl,
    socketPath: "/socket.io/",
    initPayload: "/greet",
    customData: { language: "en" },
    embedded: true,
    title: config.title,
    subtitle: config.subtitle,
    inputTextFieldHint: config.inputHint,
    hideWhenNotConnected: false,
    showMessageDate: false,
    mainColor: config.brandColor,
    userBackgroundColor: config.brandColor,
    userTextColor: "#ffffff",
    customMessageDelay: function () { return 300; },
    params: { storage: "local" }  // a reload (or a new tab) resumes the same conversation
  }, root);
})();
